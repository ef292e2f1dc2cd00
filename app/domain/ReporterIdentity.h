#pragma once

#include <QString>

namespace rabeg {

// Who complained. Personal data under UU 27/2022: it lives in the hub's identity table, never in an event
// payload and never in a client cache in plaintext. Events carry only a salted digest of it.
struct ReporterIdentity
{
    QString name;
    QString nik;   // 16-digit national identity number
    QString phone;
    QString email;
    QString address;

    bool isEmpty() const
    {
        return name.isEmpty() && nik.isEmpty() && phone.isEmpty() && email.isEmpty() && address.isEmpty();
    }
    friend bool operator==(const ReporterIdentity &, const ReporterIdentity &) = default;
};

} // namespace rabeg
