#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <span>

namespace rabeg {

// A wire code for each value of an enum. The codes are part of the API and of stored events: never rename one.
template <typename E>
struct EnumCode
{
    E value;
    const char16_t *code;
};

template <typename E>
QString codeFrom(std::span<const EnumCode<E>> table, E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromUtf16(entry.code);
    }
    return {};
}

template <typename E>
std::optional<E> valueFrom(std::span<const EnumCode<E>> table, QStringView code)
{
    for (const auto &entry : table) {
        if (code == QStringView(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E>
QStringList allCodes(std::span<const EnumCode<E>> table)
{
    QStringList codes;
    for (const auto &entry : table)
        codes.append(QString::fromUtf16(entry.code));
    return codes;
}

} // namespace rabeg
