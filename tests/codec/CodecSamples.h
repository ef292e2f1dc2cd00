#pragma once

#include <catch2/catch.hpp>

#include "codec/DomainCodec.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

// Realistic commands, events and complaints, in Indonesian as operators and citizens write them.
namespace samples {

QUuid uuid(const char16_t *text);

// One command of every type, each with its optional fields filled where it has any.
QList<rabeg::Command> commands();
// One event of every type, as the hub records them.
QList<rabeg::Event> events();
// A complaint with every field set, and one just received with the optional fields empty.
rabeg::Complaint fullComplaint();
rabeg::Complaint freshComplaint();

QByteArray toBytes(const QJsonObject &object); // compact JSON, as a client sends it

} // namespace samples
