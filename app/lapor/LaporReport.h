#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace rabeg {

// One report as a LAPOR! export describes it, read and checked (LaporSource). The reporter's name, when the export
// gives it, lives in memory only: it never enters the outbox or the cache (docs/lapor.md, "Reporter identity").
struct LaporReport
{
    int row = 0; // the record's row as a spreadsheet numbers it (the header is row 1)
    int line = 0; // the line of the file where the record starts
    QString trackingId; // normalised: "#1234567"
    QDateTime reportedAt; // UTC
    QString title;
    QString body;
    QString classification; // our code (aspirasi, pengaduan, permintaan_informasi) or empty
    QString category; // our category id when LAPOR!'s category names one, else empty
    QString categoryText; // as LAPOR! wrote it
    QString agency; // "instansi tujuan" as LAPOR! wrote it
    QString status; // as LAPOR! wrote it
    QString location;
    QString kecamatan; // our code when the export names one of Kota Serang's kecamatan, else empty
    bool anonim = false;
    bool rahasia = false;
    QString reporterName; // memory only: handed to HeldIdentities, never queued
    // The reporter's latest reply on LAPOR! (to a question the city asked when it deferred the report): resumes a
    // deferred complaint with this answer (docs/lapor.md, "The reporter's reply").
    QString reporterReply;
};

// A row that could not be read, or a value that could not be used: by row number and field (column).
struct LaporProblem
{
    int row = 0;
    int line = 0;
    QString field; // the column's header as in the file; empty for the whole row
    QString message;
};

// What a source delivered: the reports it could read and the rows it could not. Nothing good is dropped because a
// neighbouring row is bad.
struct LaporBatch
{
    QList<LaporReport> reports;
    QList<LaporProblem> problems;
    int rowsRead = 0; // records after the header, good or bad
};

// One thing the city did about a LAPOR! report, as it goes back to LAPOR! (LaporSink).
struct LaporFollowUp
{
    QString trackingId; // LAPOR!'s "#1234567"
    QString cityNumber; // our SRG-YYYY-NNNNNNN
    QDateTime at; // UTC
    QString kind; // disposisi, diterima_opd, tanggapan, selesai, eskalasi, bukan_wewenang, ditolak
    QString institution; // the OPD or external agency, by name
    QString text; // the response to the citizen, or the note or reason that goes with the step
};

} // namespace rabeg
