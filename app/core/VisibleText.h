#pragma once

#include <QString>

namespace rabeg {

// Whether `text` has a character a person can see: not only spaces, line breaks, control or format characters
// (a right-to-left mark, a zero-width space, a NUL). A reason or a name made only of those reads as blank in the
// audit and the lists, and is refused like an empty one.
inline bool hasVisibleText(const QString &text)
{
    for (const QChar c : text) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_NotAssigned:
        case QChar::Other_PrivateUse:
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            continue;
        default:
            return true;
        }
    }
    return false;
}

} // namespace rabeg
