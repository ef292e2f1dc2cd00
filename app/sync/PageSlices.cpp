#include "PageSlices.h"

namespace rabeg {
namespace {

// A scanner over JSON text already known to be valid.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_text(text) { }

    void skipSpace()
    {
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_at;
        }
    }
    bool atEnd() const { return m_at >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_at]; }
    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }
    // A string at the cursor (its quotes included), or an empty view when there is none.
    QByteArrayView string()
    {
        skipSpace();
        if (peek() != '"')
            return {};
        const qsizetype begin = m_at++;
        while (m_at < m_text.size()) {
            const char c = m_text[m_at++];
            if (c == '\\')
                ++m_at;
            else if (c == '"')
                return m_text.sliced(begin, m_at - begin);
        }
        return {};
    }
    // Any value at the cursor, skipped; its text, or an empty view when the text ends early.
    QByteArrayView value()
    {
        skipSpace();
        const qsizetype begin = m_at;
        if (peek() == '"')
            return string();
        int depth = 0;
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c == '"') {
                if (string().isEmpty())
                    return {};
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    break; // the end of the enclosing container: a scalar ended here
                if (--depth == 0) {
                    ++m_at;
                    break;
                }
            } else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                break;
            }
            ++m_at;
        }
        if (depth != 0 || m_at == begin)
            return {};
        return m_text.sliced(begin, m_at - begin);
    }

private:
    QByteArrayView m_text;
    qsizetype m_at = 0;
};

// Calls `member(key, scanner)` for each member of the object at the cursor; the callback consumes the value.
template <typename Member> bool forEachMember(Scanner &s, Member member)
{
    if (!s.take('{'))
        return false;
    if (s.take('}'))
        return true;
    do {
        const QByteArrayView key = s.string();
        if (key.isEmpty() || !s.take(':') || !member(key, s))
            return false;
    } while (s.take(','));
    return s.take('}');
}

// Calls `element(scanner)` for each element of the array at the cursor; the callback consumes the element.
template <typename Element> bool forEachElement(Scanner &s, Element element)
{
    if (!s.take('['))
        return false;
    if (s.take(']'))
        return true;
    do {
        if (!element(s))
            return false;
    } while (s.take(','));
    return s.take(']');
}

bool readItem(Scanner &s, ItemSlices &item)
{
    bool sawEvent = false;
    bool sawHistory = false;
    return forEachMember(s, [&](QByteArrayView key, Scanner &in) {
        if (key == "\"event\"") {
            if (sawEvent)
                return false; // a key twice: which one QJsonDocument kept is not this scanner's to guess
            sawEvent = true;
            item.event = in.value();
            return !item.event.isEmpty();
        }
        if (key == "\"history\"") {
            if (sawHistory)
                return false;
            sawHistory = true;
            return forEachElement(in, [&](Scanner &element) {
                const QByteArrayView event = element.value();
                item.history.append(event);
                return !event.isEmpty();
            });
        }
        return !in.value().isEmpty();
    });
}

} // namespace

std::optional<QList<ItemSlices>> slicePageItems(QByteArrayView page)
{
    Scanner s(page);
    QList<ItemSlices> items;
    bool sawItems = false;
    const bool ok = forEachMember(s, [&](QByteArrayView key, Scanner &in) {
        if (key != "\"items\"")
            return !in.value().isEmpty();
        if (sawItems)
            return false;
        sawItems = true;
        return forEachElement(in, [&](Scanner &element) {
            ItemSlices item;
            const bool read = readItem(element, item);
            items.append(item);
            return read;
        });
    });
    if (!ok || !sawItems)
        return std::nullopt;
    return items;
}

} // namespace rabeg
