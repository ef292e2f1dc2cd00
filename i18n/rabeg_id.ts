<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AdminText</name>
    <message>
        <source>%1 in force: version 0, as shipped with Rabeg.</source>
        <translation>%1 yang berlaku: versi 0, bawaan Rabeg.</translation>
    </message>
    <message>
        <source>%1 in force: version %2, published by %3 on %4: %5</source>
        <translation>%1 yang berlaku: versi %2, diterbitkan oleh %3 pada %4: %5</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>hari kerja</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>hari kalender</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>jam</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada tindakan</translation>
    </message>
    <message>
        <source>escalate to the Ombudsman</source>
        <translation>eskalasi ke Ombudsman</translation>
    </message>
    <message>
        <source>close the complaint</source>
        <translation>tutup aduan</translation>
    </message>
    <message>
        <source>national holiday</source>
        <translation>libur nasional</translation>
    </message>
    <message>
        <source>cuti bersama</source>
        <translation>cuti bersama</translation>
    </message>
    <message>
        <source>day off added at short notice</source>
        <translation>libur mendadak</translation>
    </message>
    <message>
        <source>OPD working Saturday</source>
        <translation>Sabtu kerja OPD</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>New complaints in the inbox</source>
        <translation>Aduan baru di kotak masuk</translation>
    </message>
    <message>
        <source>Complaints dispatched to my OPD</source>
        <translation>Aduan yang didisposisikan ke OPD saya</translation>
    </message>
    <message>
        <source>Complaints assigned to me</source>
        <translation>Aduan yang ditugaskan kepada saya</translation>
    </message>
    <message>
        <source>Deadlines entering warning</source>
        <translation>Aduan yang mendekati tenggat</translation>
    </message>
    <message>
        <source>Conflicts with the hub</source>
        <translation>Konflik dengan hub</translation>
    </message>
    <message>
        <source>New complaint: %1</source>
        <translation>Aduan baru: %1</translation>
    </message>
    <message>
        <source>Dispatched to %1: %2</source>
        <translation>Didisposisikan ke %1: %2</translation>
    </message>
    <message>
        <source>Assigned to you by %1: %2</source>
        <translation>Ditugaskan kepada Anda oleh %1: %2</translation>
    </message>
    <message>
        <source>%1 due %2: %3</source>
        <translation>Tenggat %1 pada %2: %3</translation>
    </message>
    <message>
        <source>Conflict: the hub stopped &quot;%1&quot; on %2</source>
        <translation>Konflik: hub menahan &quot;%1&quot; pada %2</translation>
    </message>
    <message numerus="yes">
        <source>Digest for %1: %n alert(s) from outside working hours</source>
        <translation>
            <numerusform>Ringkasan %1: %n notifikasi dari luar jam kerja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExportPdf</name>
    <message>
        <source>This is not an audit export written by rabeg-hub audit export.</source>
        <translation>Ini bukan ekspor audit yang ditulis oleh rabeg-hub audit export.</translation>
    </message>
    <message>
        <source>Audit export</source>
        <translation>Ekspor audit</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1. Choose a folder you may write to.</source>
        <translation>PDF %1 tidak dapat ditulis. Pilih folder yang boleh Anda tulisi.</translation>
    </message>
    <message>
        <source>Rabeg audit export, store %1 — page %2</source>
        <translation>Ekspor audit Rabeg, penyimpanan %1 — halaman %2</translation>
    </message>
    <message>
        <source>Audit export for the Ombudsman</source>
        <translation>Ekspor audit untuk Ombudsman</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Aduan %1</translation>
    </message>
    <message>
        <source>Period from %1 to %2 (UTC)</source>
        <translation>Periode %1 sampai %2 (UTC)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Penyimpanan</translation>
    </message>
    <message>
        <source>%1 (%2, epoch %3)</source>
        <translation>%1 (%2, epoch %3)</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Diekspor pada</translation>
    </message>
    <message>
        <source>Verified against</source>
        <translation>Diverifikasi terhadap</translation>
    </message>
    <message>
        <source>Both hash chains were walked from their first entry before the export; each entry&apos;s hash covers the one before it, so these heads fix everything up to them.</source>
        <translation>Kedua rantai hash diperiksa dari entri pertamanya sebelum ekspor; hash setiap entri mencakup entri sebelumnya, sehingga kepala rantai ini mengunci semua entri sampai titik itu.</translation>
    </message>
    <message>
        <source>Event log head</source>
        <translation>Kepala log peristiwa</translation>
    </message>
    <message>
        <source>seq %1, hash %2</source>
        <translation>seq %1, hash %2</translation>
    </message>
    <message>
        <source>Audit log head</source>
        <translation>Kepala log audit</translation>
    </message>
    <message>
        <source>entry %1, hash %2</source>
        <translation>entri %1, hash %2</translation>
    </message>
    <message>
        <source>Events (%1)</source>
        <translation>Peristiwa (%1)</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Waktu (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Audit log entries (%1)</source>
        <translation>Entri log audit (%1)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entri</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>OPD liaison</source>
        <translation>Penghubung OPD</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin sistem</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>Kebijakan SLA</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>SOP template</source>
        <translation>Templat SOP</translation>
    </message>
    <message>
        <source>SOP draft</source>
        <translation>Draf SOP</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Akun dibuat</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Akun diubah</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Kata sandi diatur ulang</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Akun dinonaktifkan</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Akun diaktifkan kembali</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>%1, service %2: version %3</source>
        <translation>%1, layanan %2: versi %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) sebagai %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 menjadi %3</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>nama %1 menjadi %2</translation>
    </message>
    <message>
        <source>OPD added</source>
        <translation>OPD ditambahkan</translation>
    </message>
    <message>
        <source>OPD renamed</source>
        <translation>Nama OPD diubah</translation>
    </message>
    <message>
        <source>OPD deactivated</source>
        <translation>OPD dinonaktifkan</translation>
    </message>
    <message>
        <source>External agency added</source>
        <translation>Instansi eksternal ditambahkan</translation>
    </message>
    <message>
        <source>External agency renamed</source>
        <translation>Nama instansi eksternal diubah</translation>
    </message>
    <message>
        <source>External agency deactivated</source>
        <translation>Instansi eksternal dinonaktifkan</translation>
    </message>
    <message>
        <source>Routing table</source>
        <translation>Tabel disposisi</translation>
    </message>
    <message>
        <source>Category added</source>
        <translation>Kategori ditambahkan</translation>
    </message>
    <message>
        <source>Category renamed</source>
        <translation>Nama kategori diubah</translation>
    </message>
    <message>
        <source>Category moved</source>
        <translation>Kategori dipindahkan</translation>
    </message>
    <message>
        <source>Category deactivated</source>
        <translation>Kategori dinonaktifkan</translation>
    </message>
    <message>
        <source>Service added</source>
        <translation>Layanan ditambahkan</translation>
    </message>
    <message>
        <source>Service renamed</source>
        <translation>Nama layanan diubah</translation>
    </message>
    <message>
        <source>Service moved</source>
        <translation>Layanan dipindahkan</translation>
    </message>
    <message>
        <source>Service deactivated</source>
        <translation>Layanan dinonaktifkan</translation>
    </message>
    <message>
        <source>%1 moved to the top of the tree</source>
        <translation>%1 dipindahkan ke tingkat teratas</translation>
    </message>
    <message>
        <source>%1 moved under %2</source>
        <translation>%1 dipindahkan ke bawah %2</translation>
    </message>
    <message>
        <source>Version %1: %2 rules</source>
        <translation>Versi %1: %2 aturan</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>Stalled at step %1: %2, %n working day(s) over</source>
        <translation>
            <numerusform>Macet di langkah %1: %2, lewat %n hari kerja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientSettings</name>
    <message>
        <source>Enter the hub&apos;s address, for example https://rabeg.serangkota.go.id or http://127.0.0.1:8470.</source>
        <translation>Masukkan alamat hub, misalnya https://rabeg.serangkota.go.id atau http://127.0.0.1:8470.</translation>
    </message>
    <message>
        <source>The certificate authority file cannot be used: %1</source>
        <translation>Berkas otoritas sertifikat tidak dapat digunakan: %1</translation>
    </message>
</context>
<context>
    <name>ContactChannels</name>
    <message>
        <source>Phone call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>In person at the office</source>
        <translation>Datang langsung ke kantor</translation>
    </message>
    <message>
        <source>LAPOR! message</source>
        <translation>Pesan LAPOR!</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>Command center</source>
        <translation>Pusat komando</translation>
    </message>
    <message>
        <source>0-3 days</source>
        <translation>0-3 hari</translation>
    </message>
    <message>
        <source>4-7 days</source>
        <translation>4-7 hari</translation>
    </message>
    <message>
        <source>8-14 days</source>
        <translation>8-14 hari</translation>
    </message>
    <message>
        <source>over 14 days</source>
        <translation>lebih dari 14 hari</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>M%1</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Overdue now, by OPD</source>
        <translation>Lewat tenggat saat ini, per OPD</translation>
    </message>
    <message>
        <source>Open complaints by age (days since arrival, WIB)</source>
        <translation>Aduan terbuka menurut umur (hari sejak diterima, WIB)</translation>
    </message>
    <message>
        <source>Weekly trend, the last %1 weeks</source>
        <translation>Tren mingguan, %1 minggu terakhir</translation>
    </message>
    <message>
        <source>Follow-up deadline compliance per OPD, the last %1 weeks (%)</source>
        <translation>Kepatuhan tenggat tindak lanjut per OPD, %1 minggu terakhir (%)</translation>
    </message>
    <message>
        <source>Most stalled SOP steps</source>
        <translation>Langkah SOP paling sering macet</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Ditanggapi</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Met on time (%)</source>
        <translation>Tepat waktu (%)</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <extracomment>The ISO week still running on the weekly trend&apos;s axis (&quot;W49 (so far)&quot;)</extracomment>
        <translation>%1 (berjalan)</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Not our authority</source>
        <translation>Bukan wewenang</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Didisposisikan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Dalam proses</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Ditanggapi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>record a new complaint</source>
        <translation>mencatat aduan baru</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>memverifikasi</translation>
    </message>
    <message>
        <source>defer</source>
        <translation>menunda</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>melanjutkan</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>menolak</translation>
    </message>
    <message>
        <source>forward as not our authority</source>
        <translation>meneruskan sebagai bukan wewenang</translation>
    </message>
    <message>
        <source>mark as duplicate</source>
        <translation>menandai sebagai duplikat</translation>
    </message>
    <message>
        <source>dispatch to an OPD</source>
        <translation>mendisposisikan ke OPD</translation>
    </message>
    <message>
        <source>return to the command center</source>
        <translation>mengembalikan ke pusat komando</translation>
    </message>
    <message>
        <source>acknowledge</source>
        <translation>menerima aduan di OPD</translation>
    </message>
    <message>
        <source>respond</source>
        <translation>menanggapi</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>membuka kembali</translation>
    </message>
    <message>
        <source>close</source>
        <translation>menutup</translation>
    </message>
    <message>
        <source>escalate to the Ombudsman</source>
        <translation>mengeskalasi ke Ombudsman</translation>
    </message>
    <message>
        <source>assign</source>
        <translation>menugaskan</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>mengambil alih</translation>
    </message>
    <message>
        <source>release</source>
        <translation>melepaskan</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>menambah catatan</translation>
    </message>
    <message>
        <source>tick an SOP step</source>
        <translation>mencentang langkah SOP</translation>
    </message>
    <message>
        <source>reopen an SOP step</source>
        <translation>membuka kembali langkah SOP</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>OPD liaison</source>
        <translation>Penghubung OPD</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Admin sistem</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>reveal an anonymous reporter&apos;s identity</source>
        <translation>membuka identitas pelapor anonim</translation>
    </message>
    <message>
        <source>add an attachment</source>
        <translation>menambah lampiran</translation>
    </message>
</context>
<context>
    <name>EscalationPacketPdf</name>
    <message>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>segera jatuh tempo</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>met</source>
        <translation>terpenuhi</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>terlampaui</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>tidak berlaku</translation>
    </message>
    <message>
        <source>Escalation packet %1</source>
        <translation>Berkas eskalasi %1</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1. Choose a folder you may write to.</source>
        <translation>PDF %1 tidak dapat ditulis. Pilih folder yang boleh Anda tulisi.</translation>
    </message>
    <message>
        <source>Rabeg · escalation packet %1 · page %2</source>
        <translation>Rabeg · berkas eskalasi %1 · halaman %2</translation>
    </message>
    <message>
        <source>Escalation to the Ombudsman of the Republic of Indonesia, Banten office</source>
        <translation>Eskalasi kepada Ombudsman Republik Indonesia Perwakilan Banten</translation>
    </message>
    <message>
        <source>Complaint %1, prepared by the Kominfo command center of Kota Serang on %2 (hub time).</source>
        <translation>Aduan %1, disiapkan oleh pusat komando Diskominfo Kota Serang pada %2 (waktu hub).</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Nomor pelacakan</translation>
    </message>
    <message>
        <source>LAPOR! reference</source>
        <translation>Nomor LAPOR!</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>dieskalasi</translation>
    </message>
    <message>
        <source>Responsible OPD</source>
        <translation>OPD penanggung jawab</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>identity withheld: the reporter asked to stay anonymous or the complaint is confidential</source>
        <translation>identitas dirahasiakan: pelapor meminta anonim atau aduan bersifat rahasia</translation>
    </message>
    <message>
        <source>identity on record at the command center; released to the Ombudsman on request</source>
        <translation>identitas tercatat di pusat komando; diberikan kepada Ombudsman atas permintaan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>The %1 deadline (cycle %2) was due %3. Days overdue: %4.</source>
        <translation>Tenggat %1 (siklus %2) jatuh pada %3. Hari keterlambatan: %4.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Pengukur waktu</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Siklus</translation>
    </message>
    <message>
        <source>Started (WIB)</source>
        <translation>Mulai (WIB)</translation>
    </message>
    <message>
        <source>Due (WIB)</source>
        <translation>Jatuh tempo (WIB)</translation>
    </message>
    <message>
        <source>Stopped (WIB)</source>
        <translation>Berhenti (WIB)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Complaint received</source>
        <translation>Aduan diterima</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Diverifikasi</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Diverifikasi: %1</translation>
    </message>
    <message>
        <source>Deferred: %1</source>
        <translation>Ditunda: %1</translation>
    </message>
    <message>
        <source>Resumed after the reporter answered</source>
        <translation>Dilanjutkan setelah pelapor menjawab</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <source>Not our authority, forwarded to %1</source>
        <translation>Bukan wewenang, diteruskan ke %1</translation>
    </message>
    <message>
        <source>Marked as a duplicate</source>
        <translation>Ditandai sebagai duplikat</translation>
    </message>
    <message>
        <source>Dispatched to %1</source>
        <translation>Didisposisikan ke %1</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>Dikembalikan oleh %1: %2</translation>
    </message>
    <message>
        <source>Acknowledged by the OPD</source>
        <translation>Diterima OPD</translation>
    </message>
    <message>
        <source>Responded: %1</source>
        <translation>Ditanggapi: %1</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>Dibuka kembali: %1</translation>
    </message>
    <message>
        <source>Closed automatically (no reply from the reporter)</source>
        <translation>Selesai otomatis (tidak ada balasan dari pelapor)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Escalated to the Ombudsman: %1</source>
        <translation>Dieskalasi ke Ombudsman: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Ditugaskan kepada %1</translation>
    </message>
    <message>
        <source>Released by %1</source>
        <translation>Dilepas oleh %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <source>(an event this version does not know: %1)</source>
        <translation>(peristiwa yang tidak dikenali versi ini: %1)</translation>
    </message>
    <message>
        <source>SOP step done: %1</source>
        <translation>Langkah SOP selesai: %1</translation>
    </message>
    <message>
        <source>SOP step reopened: %1</source>
        <translation>Langkah SOP dibuka kembali: %1</translation>
    </message>
    <message>
        <source>Anonymous reporter&apos;s identity revealed on the hub — reason: %1</source>
        <translation>Identitas pelapor anonim dibuka di hub — alasan: %1</translation>
    </message>
    <message>
        <source>Asked the reporter (%1): %2</source>
        <translation>Ditanyakan kepada pelapor (%1): %2</translation>
    </message>
    <message>
        <source>The reporter answered (%1): %2</source>
        <translation>Pelapor menjawab (%1): %2</translation>
    </message>
    <message>
        <source>Attachment added: %1</source>
        <translation>Lampiran ditambahkan: %1</translation>
    </message>
</context>
<context>
    <name>FieldProblem</name>
    <message>
        <source>missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>isian wajib tidak ada</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>lebih dari %1 karakter</translation>
    </message>
    <message>
        <source>at least one is needed</source>
        <translation>perlu setidaknya satu</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2</source>
        <translation>harus bilangan bulat dari %1 sampai %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation>&quot;%1&quot; bukan %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; tercantum dua kali</translation>
    </message>
    <message>
        <source>use working_days, calendar_days or hours</source>
        <translation>gunakan working_days, calendar_days, atau hours</translation>
    </message>
    <message>
        <source>use none, escalate or close</source>
        <translation>gunakan none, escalate, atau close</translation>
    </message>
    <message>
        <source>a clock needs a name people read</source>
        <translation>jam perlu nama yang dapat dibaca orang</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice</source>
        <translation>&quot;%1&quot; didefinisikan dua kali</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot both start and stop the clock</source>
        <translation>&quot;%1&quot; tidak dapat sekaligus memulai dan menghentikan jam</translation>
    </message>
    <message>
        <source>a policy needs at least one clock</source>
        <translation>kebijakan perlu setidaknya satu jam</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-03-18</source>
        <translation>&quot;%1&quot; bukan tanggal seperti 2026-03-18</translation>
    </message>
    <message>
        <source>use holiday, cuti_bersama, added_holiday or opd_working_day</source>
        <translation>gunakan holiday, cuti_bersama, added_holiday, atau opd_working_day</translation>
    </message>
    <message>
        <source>a day off needs its name (Nyepi, cuti bersama Idul Fitri...)</source>
        <translation>hari libur perlu namanya (Nyepi, cuti bersama Idul Fitri...)</translation>
    </message>
    <message>
        <source>a day off needs the decree it comes from, or provisional: true</source>
        <translation>hari libur perlu ketetapan asalnya, atau provisional: true</translation>
    </message>
    <message>
        <source>%1 is not a Saturday; an OPD opens on Saturdays only</source>
        <translation>%1 bukan hari Sabtu; OPD hanya buka pada hari Sabtu</translation>
    </message>
    <message>
        <source>a working Saturday belongs to one OPD</source>
        <translation>Sabtu kerja milik satu OPD</translation>
    </message>
    <message>
        <source>unknown OPD &quot;%1&quot;</source>
        <translation>OPD &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>only a working Saturday names an OPD; a day off is for every OPD</source>
        <translation>hanya Sabtu kerja yang menyebut OPD; hari libur berlaku untuk semua OPD</translation>
    </message>
    <message>
        <source>%1 is listed twice for %2</source>
        <translation>%1 tercantum dua kali untuk %2</translation>
    </message>
    <message>
        <source>%1 is listed twice as a day off</source>
        <translation>%1 tercantum dua kali sebagai hari libur</translation>
    </message>
</context>
<context>
    <name>HandlingText</name>
    <message>
        <source>Dispatch to %1</source>
        <translation>Disposisi ke %1</translation>
    </message>
    <message>
        <source>Not our authority → %1</source>
        <translation>Bukan wewenang → %1</translation>
    </message>
    <message>
        <source>Duplicate of a complaint outside the scenario</source>
        <translation>Duplikat dari aduan di luar skenario</translation>
    </message>
    <message>
        <source>Duplicate of “%1”</source>
        <translation>Duplikat dari “%1”</translation>
    </message>
    <message>
        <source>Reject, for any reason</source>
        <translation>Tolak, dengan alasan apa pun</translation>
    </message>
    <message>
        <source>Reject: %1</source>
        <translation>Tolak: %1</translation>
    </message>
    <message>
        <source>Defer, for any reason</source>
        <translation>Tunda, dengan alasan apa pun</translation>
    </message>
    <message>
        <source>Defer: %1</source>
        <translation>Tunda: %1</translation>
    </message>
</context>
<context>
    <name>HubRefusal</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>This account is locked after repeated failed logins. Try again in %1 minutes, or ask an administrator to unlock it.</source>
        <translation>Akun ini dikunci karena berulang kali gagal masuk. Coba lagi dalam %1 menit, atau minta admin membukanya.</translation>
    </message>
    <message>
        <source>Too many failed logins for this account or from this workstation. Try again in %1 seconds.</source>
        <translation>Terlalu banyak percobaan masuk yang gagal untuk akun ini atau dari workstation ini. Coba lagi dalam %1 detik.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Sesi Anda sudah berakhir. Silakan masuk lagi.</translation>
    </message>
    <message>
        <source>Your role or OPD has changed. Log in again; this workstation syncs afresh and keeps what it has not sent yet.</source>
        <translation>Peran atau OPD Anda berubah. Masuk lagi; workstation ini menyinkronkan ulang dan menyimpan apa yang belum terkirim.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Peran Anda tidak boleh melakukan ini.</translation>
    </message>
    <message>
        <source>Only a trainer runs the class.</source>
        <translation>Hanya pelatih yang menjalankan kelas.</translation>
    </message>
    <message>
        <source>The hub has no such complaint, or none that you may see.</source>
        <translation>Hub tidak memiliki pengaduan itu, atau Anda tidak berhak melihatnya.</translation>
    </message>
    <message>
        <source>This complaint is not in your OPD&apos;s care.</source>
        <translation>Pengaduan ini bukan tanggung jawab OPD Anda.</translation>
    </message>
    <message>
        <source>This cannot be done to the complaint in its present state.</source>
        <translation>Tindakan ini tidak dapat dilakukan pada pengaduan dengan status sekarang.</translation>
    </message>
    <message>
        <source>Someone else changed this complaint after you read it. Compare both versions and decide again.</source>
        <translation>Orang lain mengubah pengaduan ini setelah Anda membukanya. Bandingkan kedua versi dan putuskan lagi.</translation>
    </message>
    <message>
        <source>The complaint changed before the hub acted on it; the hub decides again.</source>
        <translation>Pengaduan berubah sebelum hub menindaklanjutinya; hub memutuskan ulang.</translation>
    </message>
    <message>
        <source>The hub already took a different command under this command&apos;s id. Do it again as a new command.</source>
        <translation>Hub sudah menerima perintah lain dengan id perintah ini. Lakukan lagi sebagai perintah baru.</translation>
    </message>
    <message>
        <source>The hub already holds this complaint.</source>
        <translation>Pengaduan ini sudah ada di hub.</translation>
    </message>
    <message>
        <source>This complaint has already gone to the Ombudsman.</source>
        <translation>Pengaduan ini sudah dieskalasi ke Ombudsman.</translation>
    </message>
    <message>
        <source>Nobody owns this complaint.</source>
        <translation>Belum ada yang memegang pengaduan ini.</translation>
    </message>
    <message>
        <source>The hub has no command center user &quot;%1&quot;: choose a colleague from the list.</source>
        <translation>Hub tidak mengenal pengguna command center &quot;%1&quot;: pilih rekan dari daftar.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated: choose a colleague who is still working.</source>
        <translation>Akun &quot;%1&quot; sudah dinonaktifkan: pilih rekan yang masih bertugas.</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Pilih alasan dari daftar.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; is not in the hub&apos;s list.</source>
        <translation>Alasan &quot;%1&quot; tidak ada dalam daftar hub.</translation>
    </message>
    <message>
        <source>The reason &quot;other&quot; needs a note that explains it.</source>
        <translation>Alasan &quot;lainnya&quot; perlu catatan yang menjelaskannya.</translation>
    </message>
    <message>
        <source>Choose how the reporter was reached.</source>
        <translation>Pilih cara pelapor dihubungi.</translation>
    </message>
    <message>
        <source>The hub does not know that way of reaching the reporter.</source>
        <translation>Hub tidak mengenal cara menghubungi pelapor itu.</translation>
    </message>
    <message>
        <source>Choose aspirasi, pengaduan or permintaan informasi.</source>
        <translation>Pilih aspirasi, pengaduan, atau permintaan informasi.</translation>
    </message>
    <message>
        <source>A title must not be empty.</source>
        <translation>Judul tidak boleh kosong.</translation>
    </message>
    <message>
        <source>Name the complaint this one duplicates.</source>
        <translation>Sebutkan pengaduan yang diduplikasi oleh pengaduan ini.</translation>
    </message>
    <message>
        <source>A complaint cannot be a duplicate of itself.</source>
        <translation>Pengaduan tidak dapat menjadi duplikat dirinya sendiri.</translation>
    </message>
    <message>
        <source>The time given is not a valid time.</source>
        <translation>Waktu yang diberikan tidak sah.</translation>
    </message>
    <message>
        <source>The time the complaint was received must lie within the last 30 days and not in the future.</source>
        <translation>Waktu pengaduan diterima harus dalam 30 hari terakhir dan tidak di masa depan.</translation>
    </message>
    <message>
        <source>The hub has no such category. Sync, then choose again.</source>
        <translation>Hub tidak memiliki kategori itu. Sinkronkan, lalu pilih lagi.</translation>
    </message>
    <message>
        <source>This category is no longer in use. Choose another.</source>
        <translation>Kategori ini tidak dipakai lagi. Pilih yang lain.</translation>
    </message>
    <message>
        <source>The hub has no such service. Sync, then choose again.</source>
        <translation>Hub tidak memiliki layanan itu. Sinkronkan, lalu pilih lagi.</translation>
    </message>
    <message>
        <source>This service is no longer in use. Choose another.</source>
        <translation>Layanan ini tidak dipakai lagi. Pilih yang lain.</translation>
    </message>
    <message>
        <source>The hub has no such kecamatan.</source>
        <translation>Hub tidak mengenal kecamatan itu.</translation>
    </message>
    <message>
        <source>The hub has no such OPD. Sync, then choose again.</source>
        <translation>Hub tidak memiliki OPD itu. Sinkronkan, lalu pilih lagi.</translation>
    </message>
    <message>
        <source>This OPD is no longer in use. Choose another.</source>
        <translation>OPD ini tidak dipakai lagi. Pilih yang lain.</translation>
    </message>
    <message>
        <source>The hub has no such agency. Sync, then choose again.</source>
        <translation>Hub tidak memiliki instansi itu. Sinkronkan, lalu pilih lagi.</translation>
    </message>
    <message>
        <source>This agency is no longer in use. Choose another.</source>
        <translation>Instansi ini tidak dipakai lagi. Pilih yang lain.</translation>
    </message>
    <message>
        <source>This complaint has no SOP checklist to tick.</source>
        <translation>Pengaduan ini tidak memiliki daftar periksa SOP untuk dicentang.</translation>
    </message>
    <message>
        <source>The complaint&apos;s SOP checklist has no such step.</source>
        <translation>Daftar periksa SOP pengaduan ini tidak memiliki langkah itu.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is already done.</source>
        <translation>Langkah &quot;%1&quot; sudah selesai.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is not done, so there is nothing to reopen.</source>
        <translation>Langkah &quot;%1&quot; belum selesai, jadi tidak ada yang perlu dibuka kembali.</translation>
    </message>
    <message>
        <source>Critical SOP steps are not done yet. Tick them first, or give a reason to respond anyway.</source>
        <translation>Langkah SOP kritis belum selesai. Centang dulu, atau beri alasan untuk tetap menjawab.</translation>
    </message>
    <message>
        <source>The file is larger than 10 MB. Send a smaller photo or split the document.</source>
        <translation>Berkas lebih besar dari 10 MB. Kirim foto yang lebih kecil atau pecah dokumennya.</translation>
    </message>
    <message>
        <source>This file is not a photo or a PDF: only JPEG, PNG and PDF files are accepted, judged by their content, not their name.</source>
        <translation>Berkas ini bukan foto atau PDF: hanya berkas JPEG, PNG, dan PDF yang diterima, dinilai dari isinya, bukan namanya.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>The file&apos;s name is empty or too long. Rename the file and add it again.</source>
        <translation>Nama berkas kosong atau terlalu panjang. Ganti nama berkas lalu tambahkan lagi.</translation>
    </message>
    <message>
        <source>Your role may not add attachments. The command center and the liaison of the OPD holding the complaint may.</source>
        <translation>Peran Anda tidak boleh menambah lampiran. Command center dan penghubung OPD yang memegang pengaduan boleh.</translation>
    </message>
    <message>
        <source>This complaint has no such attachment.</source>
        <translation>Pengaduan ini tidak memiliki lampiran itu.</translation>
    </message>
    <message>
        <source>The hub cannot read this attachment&apos;s file. Tell the hub&apos;s administrator.</source>
        <translation>Hub tidak dapat membaca berkas lampiran ini. Beri tahu administrator hub.</translation>
    </message>
    <message>
        <source>Your role may not see reporters&apos; identities.</source>
        <translation>Peran Anda tidak boleh melihat identitas pelapor.</translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may reveal an anonymous reporter&apos;s identity, and only with a stated reason.</source>
        <translation>Hanya supervisor atau admin yang boleh membuka identitas pelapor anonim, dan hanya dengan alasan yang dinyatakan.</translation>
    </message>
    <message>
        <source>The reporter asked to stay anonymous.</source>
        <translation>Pelapor meminta tetap anonim.</translation>
    </message>
    <message>
        <source>The reporter is not anonymous: there is nothing to reveal.</source>
        <translation>Pelapor tidak anonim: tidak ada yang perlu dibuka.</translation>
    </message>
    <message>
        <source>The hub was started without its identity key, so it cannot open reporters&apos; identities. Tell the hub&apos;s administrator.</source>
        <translation>Hub dijalankan tanpa kunci identitasnya, sehingga tidak dapat membuka identitas pelapor. Beri tahu administrator hub.</translation>
    </message>
    <message>
        <source>The hub was started with the identity key of another store. Tell the hub&apos;s administrator.</source>
        <translation>Hub dijalankan dengan kunci identitas milik penyimpanan lain. Beri tahu administrator hub.</translation>
    </message>
    <message>
        <source>The hub has no such account. Reload the list of users.</source>
        <translation>Hub tidak memiliki akun itu. Muat ulang daftar pengguna.</translation>
    </message>
    <message>
        <source>There is already an account &quot;%1&quot;: choose another user name, or change that account.</source>
        <translation>Sudah ada akun &quot;%1&quot;: pilih nama pengguna lain, atau ubah akun itu.</translation>
    </message>
    <message>
        <source>A user name is 2 to 64 small letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Nama pengguna terdiri dari 2 sampai 64 huruf kecil, angka, titik, tanda hubung, atau garis bawah, diawali huruf atau angka.</translation>
    </message>
    <message>
        <source>Write the person&apos;s name: at most 120 characters, and not only spaces or invisible characters.</source>
        <translation>Tulis nama orangnya: paling banyak 120 karakter, dan bukan hanya spasi atau karakter tak terlihat.</translation>
    </message>
    <message>
        <source>This password is too weak. A password has at least 10 characters, 5 of them different, does not contain the user name and is not a common word with digits around it; a short phrase works well.</source>
        <translation>Kata sandi ini terlalu lemah. Kata sandi minimal 10 karakter, 5 di antaranya berbeda, tidak memuat nama pengguna, dan bukan kata umum yang diapit angka; frasa pendek cocok dipakai.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account: ask another admin to do it.</source>
        <translation>Anda tidak dapat menonaktifkan akun sendiri: minta admin lain melakukannya.</translation>
    </message>
    <message>
        <source>You cannot take the admin role from yourself: ask another admin to do it.</source>
        <translation>Anda tidak dapat mencabut peran admin dari diri sendiri: minta admin lain melakukannya.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already active.</source>
        <translation>Akun &quot;%1&quot; sudah aktif.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already deactivated.</source>
        <translation>Akun &quot;%1&quot; sudah dinonaktifkan.</translation>
    </message>
    <message>
        <source>The account already has this role, OPD and name: change one of them.</source>
        <translation>Akun sudah memiliki peran, OPD, dan nama ini: ubah salah satunya.</translation>
    </message>
    <message>
        <source>A liaison needs an OPD: choose the OPD whose complaints they follow up.</source>
        <translation>Penghubung OPD memerlukan OPD: pilih OPD yang pengaduannya ia tindak lanjuti.</translation>
    </message>
    <message>
        <source>Only a liaison has an OPD: leave the OPD empty for this role.</source>
        <translation>Hanya penghubung OPD yang memiliki OPD: kosongkan OPD untuk peran ini.</translation>
    </message>
    <message>
        <source>Say why: the reason must not be empty.</source>
        <translation>Sebutkan alasannya: alasan tidak boleh kosong.</translation>
    </message>
    <message>
        <source>Say what changes and why.</source>
        <translation>Sebutkan apa yang berubah dan mengapa.</translation>
    </message>
    <message>
        <source>Someone published a version of this template meanwhile: reload the template and publish again.</source>
        <translation>Sementara itu seseorang menerbitkan versi templat ini: muat ulang templat lalu terbitkan lagi.</translation>
    </message>
    <message>
        <source>A version cannot be published before the previous one.</source>
        <translation>Sebuah versi tidak dapat diterbitkan sebelum versi sebelumnya.</translation>
    </message>
    <message>
        <source>You may draft SOP templates for your own OPD only.</source>
        <translation>Anda hanya boleh menyusun templat SOP untuk OPD Anda sendiri.</translation>
    </message>
    <message>
        <source>The template differs from the draft it was submitted as. Open the draft again and publish it as it was submitted.</source>
        <translation>Templat berbeda dari draf yang diajukan. Buka draf itu lagi dan terbitkan seperti saat diajukan.</translation>
    </message>
    <message>
        <source>The hub has no such submitted SOP draft.</source>
        <translation>Hub tidak memiliki draf SOP yang diajukan itu.</translation>
    </message>
    <message>
        <source>The class clock only jumps forward; to start again, reset the class.</source>
        <translation>Jam kelas hanya dapat melompat maju; untuk mengulang, setel ulang kelas.</translation>
    </message>
    <message>
        <source>The clock runs at 0 (paused) or from 1 to 600 times real time.</source>
        <translation>Jam berjalan pada 0 (dijeda) atau 1 sampai 600 kali waktu nyata.</translation>
    </message>
    <message>
        <source>The hub cannot reach its store right now. Try again in a moment; nothing was lost.</source>
        <translation>Hub sedang tidak dapat menjangkau penyimpanannya. Coba lagi sebentar lagi; tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>The hub could not write to its store. Try again in a moment; if it happens again, tell the hub&apos;s administrator.</source>
        <translation>Hub tidak dapat menulis ke penyimpanannya. Coba lagi sebentar lagi; jika terulang, beri tahu administrator hub.</translation>
    </message>
    <message>
        <source>The request is larger than the hub takes (1 MB).</source>
        <translation>Permintaan lebih besar daripada yang diterima hub (1 MB).</translation>
    </message>
    <message>
        <source>The hub could not read this workstation&apos;s request (%1). This workstation and the hub may be of different versions: tell the administrator.</source>
        <translation>Hub tidak dapat membaca permintaan workstation ini (%1). Versi workstation ini dan hub mungkin berbeda: beri tahu administrator.</translation>
    </message>
    <message>
        <source>The hub refused a field of this workstation&apos;s request (%1). This workstation and the hub may be of different versions: tell the administrator.</source>
        <translation>Hub menolak sebuah isian dalam permintaan workstation ini (%1). Versi workstation ini dan hub mungkin berbeda: beri tahu administrator.</translation>
    </message>
    <message>
        <source>The hub does not take this request (%1). This workstation and the hub may be of different versions: tell the administrator.</source>
        <translation>Hub tidak menerima permintaan ini (%1). Versi workstation ini dan hub mungkin berbeda: beri tahu administrator.</translation>
    </message>
    <message>
        <source>The hub refused without saying why (%1).</source>
        <translation>Hub menolak tanpa menyebut alasannya (%1).</translation>
    </message>
    <message>
        <source>The hub cannot be reached (%1). Check the connection and try again.</source>
        <translation>Hub tidak dapat dihubungi (%1). Periksa koneksi lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>IntakeText</name>
    <message>
        <source>Write a title: a few words that say what the complaint is about.</source>
        <translation>Tulis judul: beberapa kata tentang isi aduan.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters; shorten it.</source>
        <translation>Judul lebih dari %1 karakter; persingkat.</translation>
    </message>
    <message>
        <source>Write the complaint&apos;s text as the reporter told it.</source>
        <translation>Tulis isi aduan sebagaimana disampaikan pelapor.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; shorten it.</source>
        <translation>Isi aduan lebih dari %1 karakter; persingkat.</translation>
    </message>
    <message>
        <source>The address is longer than 300 characters; shorten it.</source>
        <translation>Alamat lebih dari 300 karakter; persingkat.</translation>
    </message>
    <message numerus="yes">
        <source>A NIK has exactly 16 digits; the one typed has %n character(s). Check it on the reporter&apos;s KTP-el, or leave it empty.</source>
        <translation>
            <numerusform>NIK terdiri atas tepat 16 angka; yang diketik %n karakter. Periksa di KTP-el pelapor, atau kosongkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone number may hold only digits, spaces, dashes and a leading +, 8 to 20 characters (e.g. 0812 3456 7890).</source>
        <translation>Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, dan + di depan, 8 sampai 20 karakter (mis. 0812 3456 7890).</translation>
    </message>
    <message>
        <source>The e-mail address is not complete (e.g. nama@contoh.id).</source>
        <translation>Alamat surel belum lengkap (mis. nama@contoh.id).</translation>
    </message>
    <message>
        <source>The reporter&apos;s name is longer than 200 characters.</source>
        <translation>Nama pelapor lebih dari 200 karakter.</translation>
    </message>
    <message>
        <source>The time the complaint was received must lie within the last 30 days and not in the future.</source>
        <translation>Waktu aduan diterima harus berada dalam 30 hari terakhir dan tidak boleh di masa mendatang.</translation>
    </message>
    <message>
        <source>The hub would not accept this complaint: %1</source>
        <translation>Hub tidak akan menerima aduan ini: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>LAPOR!</source>
        <translation>LAPOR!</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Datang langsung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <source>SMS 1708</source>
        <translation>SMS 1708</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Belum diklasifikasi</translation>
    </message>
    <message>
        <source>Aspiration</source>
        <translation>Aspirasi</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Permintaan informasi</translation>
    </message>
    <message>
        <source>WIB</source>
        <translation>WIB</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>sisa %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>lewat %1</translation>
    </message>
    <message>
        <source>stopped %1 late</source>
        <extracomment>A deadline bar of a clock that stopped after its due time (&quot;stopped 5 days late&quot;)</extracomment>
        <translation>berhenti, terlambat %1</translation>
    </message>
</context>
<context>
    <name>LaporCsv</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>kolom bertanda kutip tidak ditutup</translation>
    </message>
    <message>
        <source>a quote in the middle of an unquoted field</source>
        <translation>ada tanda kutip di tengah kolom tanpa tanda kutip</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>ada teks setelah tanda kutip penutup</translation>
    </message>
    <message>
        <source>%1: the first line is not a header of comma-separated columns.</source>
        <translation>%1: baris pertama bukan judul kolom yang dipisahkan koma.</translation>
    </message>
    <message>
        <source>%1: the header is not UTF-8 text; save the export as &quot;CSV UTF-8&quot;.</source>
        <translation>%1: baris judul bukan teks UTF-8; simpan ekspor sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: no column is mapped to %2. Map the columns on the import screen, or give a mapping file (--mapping).</source>
        <translation>%1: tidak ada kolom yang dipetakan ke %2. Petakan kolom di layar impor, atau berikan berkas pemetaan (--mapping).</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>seharusnya %1 kolom, ditemukan %2</translation>
    </message>
    <message>
        <source>the text is not UTF-8; save the export as &quot;CSV UTF-8&quot;</source>
        <translation>teks bukan UTF-8; simpan ekspor sebagai &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>%1 is already on row %2; this row is left out</source>
        <translation>%1 sudah ada di baris %2; baris ini dilewati</translation>
    </message>
    <message>
        <source>the tracking id is missing</source>
        <translation>nomor pelacakan tidak ada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a LAPOR! tracking id (such as #1234567)</source>
        <translation>&quot;%1&quot; bukan nomor pelacakan LAPOR! (seperti #1234567)</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>tanggal tidak ada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (such as 27/11/2026 08:15, WIB)</source>
        <translation>&quot;%1&quot; bukan tanggal (seperti 27/11/2026 08:15, WIB)</translation>
    </message>
    <message>
        <source>%1 lies in the future</source>
        <translation>%1 berada di masa mendatang</translation>
    </message>
    <message>
        <source>the text of the report is empty</source>
        <translation>isi laporan kosong</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>isi laporan lebih dari %1 karakter</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither Ya nor Tidak</source>
        <translation>&quot;%1&quot; bukan Ya atau Tidak</translation>
    </message>
</context>
<context>
    <name>LaporExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
</context>
<context>
    <name>LaporImport</name>
    <message>
        <source>(Reported to LAPOR! on %1 WIB.)</source>
        <translation>(Dilaporkan ke LAPOR! pada %1 WIB.)</translation>
    </message>
    <message>
        <source>LAPOR! %1, status &quot;%2&quot;</source>
        <translation>LAPOR! %1, berstatus &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The reporter reopened it on LAPOR! (%1).</source>
        <translation>Pelapor membukanya kembali di LAPOR! (%1).</translation>
    </message>
    <message>
        <source>Only the command center takes in LAPOR! reports; this cache belongs to an OPD liaison.</source>
        <translation>Hanya pusat komando yang menerima laporan LAPOR!; cache ini milik penghubung OPD.</translation>
    </message>
    <message>
        <source>Already queued for the hub, not sent yet.</source>
        <translation>Sudah diantrekan untuk hub, belum dikirim.</translation>
    </message>
    <message>
        <source>New complaint queued for the hub.</source>
        <translation>Aduan baru diantrekan untuk hub.</translation>
    </message>
    <message>
        <source>Its LAPOR! status &quot;%1&quot; is applied once the hub has taken the report in: import the export again after the next sync.</source>
        <translation>Status LAPOR!-nya &quot;%1&quot; diterapkan setelah hub menerima laporan ini: impor lagi ekspor tersebut setelah sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Already in Rabeg as %1.</source>
        <translation>Sudah ada di Rabeg sebagai %1.</translation>
    </message>
    <message>
        <source>%1 already shows LAPOR!&apos;s status &quot;%2&quot;.</source>
        <translation>%1 sudah sesuai dengan status LAPOR! &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The change is already queued for the hub, not sent yet.</source>
        <translation>Perubahan ini sudah diantrekan untuk hub, belum dikirim.</translation>
    </message>
    <message>
        <source>Commands on %1 are still waiting to be sent; import the export again after the next sync.</source>
        <translation>Perintah pada %1 masih menunggu dikirim; impor lagi ekspor tersebut setelah sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>LAPOR! says &quot;%1&quot;, but %2 cannot follow here: %3</source>
        <translation>LAPOR! menyatakan &quot;%1&quot;, tetapi %2 tidak dapat mengikutinya di sini: %3</translation>
    </message>
    <message>
        <source>%1: %2 queued for the hub (LAPOR! status &quot;%3&quot;).</source>
        <translation>%1: tindakan &quot;%2&quot; diantrekan untuk hub (status LAPOR! &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>The local cache cannot be written now; try again.</source>
        <translation>Cache lokal tidak dapat ditulis sekarang; coba lagi.</translation>
    </message>
    <message>
        <source>The reporter&apos;s reply is already queued for the hub, not sent yet.</source>
        <translation>Balasan pelapor sudah diantrekan untuk hub, belum dikirim.</translation>
    </message>
    <message>
        <source>%1 waits for the reporter&apos;s answer; the reply on LAPOR! is the one that answered an earlier question.</source>
        <translation>%1 sedang menunggu jawaban pelapor; balasan di LAPOR! ini menjawab pertanyaan sebelumnya.</translation>
    </message>
    <message>
        <source>The reporter&apos;s reply on LAPOR! cannot resume %1: %2</source>
        <translation>Balasan pelapor di LAPOR! tidak dapat melanjutkan %1: %2</translation>
    </message>
    <message>
        <source>%1: the reporter&apos;s reply on LAPOR! resumes it (queued for the hub).</source>
        <translation>%1: dilanjutkan oleh balasan pelapor di LAPOR! (diantrekan untuk hub).</translation>
    </message>
</context>
<context>
    <name>LaporMapping</name>
    <message>
        <source>LAPOR! tracking id</source>
        <translation>Nomor pelacakan LAPOR!</translation>
    </message>
    <message>
        <source>Date of the report</source>
        <translation>Tanggal laporan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Text of the report</source>
        <translation>Isi laporan</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Institution addressed</source>
        <translation>Instansi tujuan</translation>
    </message>
    <message>
        <source>LAPOR! status</source>
        <translation>Status LAPOR!</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Anonymous (anonim)</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Confidential (rahasia)</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>A mapping file needs an object &quot;columns&quot;.</source>
        <translation>Berkas pemetaan memerlukan objek &quot;columns&quot;.</translation>
    </message>
    <message>
        <source>The mapping names an unknown field &quot;%1&quot;.</source>
        <translation>Pemetaan menyebut isian &quot;%1&quot; yang tidak dikenal.</translation>
    </message>
    <message>
        <source>The mapping&apos;s &quot;%1&quot; must be a column&apos;s header (text).</source>
        <translation>&quot;%1&quot; dalam pemetaan harus berupa judul kolom (teks).</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>Nama pelapor</translation>
    </message>
    <message>
        <source>The reporter&apos;s reply</source>
        <translation>Balasan pelapor</translation>
    </message>
</context>
<context>
    <name>LaporStatus</name>
    <message>
        <source>LAPOR! passed it on to &quot;%1&quot;, which is neither the city nor an external agency Rabeg knows; forward it by hand (not our authority).</source>
        <translation>LAPOR! meneruskannya ke &quot;%1&quot;, yang bukan Pemkot dan bukan instansi eksternal yang dikenal Rabeg; teruskan secara manual (bukan wewenang).</translation>
    </message>
    <message>
        <source>LAPOR!&apos;s administrator deferred it; a deferral here is the operator&apos;s own decision (defer, with the question to the reporter).</source>
        <translation>Admin LAPOR! menundanya; penundaan di sini adalah keputusan operator sendiri (tunda, dengan pertanyaan kepada pelapor).</translation>
    </message>
    <message>
        <source>The LAPOR! status &quot;%1&quot; is not in the table of docs/lapor.md; nothing was changed.</source>
        <translation>Status LAPOR! &quot;%1&quot; tidak ada dalam tabel docs/lapor.md; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Silakan pilih alasan dari daftar.</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; is not in the list.</source>
        <translation>Alasan &quot;%1&quot; tidak ada dalam daftar.</translation>
    </message>
    <message>
        <source>The reason &quot;other&quot; needs a note that explains it.</source>
        <translation>Alasan &quot;lainnya&quot; harus disertai catatan yang menjelaskannya.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must not be empty.</source>
        <translation>Kolom &quot;%1&quot; wajib diisi.</translation>
    </message>
    <message>
        <source>There is no service with the code &quot;%1&quot;.</source>
        <translation>Tidak ada layanan dengan kode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no kecamatan with the code &quot;%1&quot;.</source>
        <translation>Tidak ada kecamatan dengan kode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;received_at&quot; is not a valid ISO 8601 time.</source>
        <translation>&quot;received_at&quot; bukan waktu ISO 8601 yang valid.</translation>
    </message>
    <message>
        <source>The stated arrival time must lie within the last 30 days and not in the future.</source>
        <translation>Waktu masuk yang dicantumkan harus berada dalam 30 hari terakhir dan tidak boleh di masa mendatang.</translation>
    </message>
    <message>
        <source>Choose aspirasi, pengaduan or permintaan informasi.</source>
        <translation>Silakan pilih aspirasi, pengaduan, atau permintaan informasi.</translation>
    </message>
    <message>
        <source>There is no category with the id &quot;%1&quot;.</source>
        <translation>Tidak ada kategori dengan id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A corrected title must not be empty.</source>
        <translation>Judul yang diperbaiki tidak boleh kosong.</translation>
    </message>
    <message>
        <source>There is no external agency with the code &quot;%1&quot;.</source>
        <translation>Tidak ada instansi eksternal dengan kode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the complaint this one duplicates.</source>
        <translation>Sebutkan aduan asal yang diduplikasi oleh aduan ini.</translation>
    </message>
    <message>
        <source>A complaint cannot be a duplicate of itself.</source>
        <translation>Aduan tidak dapat menjadi duplikat dari dirinya sendiri.</translation>
    </message>
    <message>
        <source>There is no OPD with the code &quot;%1&quot;.</source>
        <translation>Tidak ada OPD dengan kode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This complaint has already been escalated to the Ombudsman.</source>
        <translation>Aduan ini sudah dieskalasi ke Ombudsman.</translation>
    </message>
    <message>
        <source>Nobody owns this complaint.</source>
        <translation>Aduan ini belum memiliki penanggung jawab.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; may not %2.</source>
        <translation>Peran &quot;%1&quot; tidak boleh %2.</translation>
    </message>
    <message>
        <source>A complaint with this id already exists.</source>
        <translation>Aduan dengan id ini sudah ada.</translation>
    </message>
    <message>
        <source>There is no such complaint.</source>
        <translation>Aduan tersebut tidak ditemukan.</translation>
    </message>
    <message>
        <source>This complaint is not dispatched to your OPD.</source>
        <translation>Aduan ini tidak didisposisikan ke OPD Anda.</translation>
    </message>
    <message>
        <source>You cannot %1 while the complaint is &quot;%2&quot;.</source>
        <translation>Anda tidak dapat %1 selama aduan berstatus &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This complaint has no SOP checklist to tick.</source>
        <translation>Aduan ini tidak memiliki daftar periksa SOP untuk dicentang.</translation>
    </message>
    <message>
        <source>The SOP checklist (%1, version %2) has no step &quot;%3&quot;.</source>
        <translation>Daftar periksa SOP (%1, versi %2) tidak memiliki langkah &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is already done.</source>
        <translation>Langkah &quot;%1&quot; sudah selesai.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is not done, so there is nothing to reopen.</source>
        <translation>Langkah &quot;%1&quot; belum selesai, jadi tidak ada yang perlu dibuka kembali.</translation>
    </message>
    <message>
        <source>Critical SOP steps are not done yet: %1. Tick them first, or give a reason to respond anyway.</source>
        <translation>Langkah SOP kritis belum selesai: %1. Centang langkah tersebut terlebih dahulu, atau berikan alasan untuk tetap menanggapi.</translation>
    </message>
    <message>
        <source>Write the message sent to the reporter.</source>
        <translation>Tulis pesan yang dikirim kepada pelapor.</translation>
    </message>
    <message>
        <source>Write what the reporter answered.</source>
        <translation>Tulis jawaban pelapor.</translation>
    </message>
    <message>
        <source>Choose how the reporter was reached.</source>
        <translation>Pilih cara pelapor dihubungi.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is not in the list.</source>
        <translation>Kanal &quot;%1&quot; tidak ada dalam daftar.</translation>
    </message>
    <message>
        <source>The service %1 was deactivated by an administrator; choose another service, or leave it for the verification.</source>
        <translation>Layanan %1 telah dinonaktifkan oleh admin; pilih layanan lain, atau biarkan kosong sampai verifikasi.</translation>
    </message>
    <message>
        <source>The category %1 was deactivated by an administrator; choose another category.</source>
        <translation>Kategori %1 telah dinonaktifkan oleh admin; pilih kategori lain.</translation>
    </message>
    <message>
        <source>The service %1 was deactivated by an administrator; choose another service.</source>
        <translation>Layanan %1 telah dinonaktifkan oleh admin; pilih layanan lain.</translation>
    </message>
    <message>
        <source>The external agency %1 was deactivated by an administrator and takes no new complaints; forward the complaint to another agency.</source>
        <translation>Instansi luar %1 telah dinonaktifkan oleh admin dan tidak menerima aduan baru; teruskan aduan ke instansi lain.</translation>
    </message>
    <message>
        <source>The OPD %1 was deactivated by an administrator and takes no new complaints; dispatch the complaint to another OPD.</source>
        <translation>OPD %1 telah dinonaktifkan oleh admin dan tidak menerima aduan baru; disposisikan aduan ke OPD lain.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Nama alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Kandar</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Folder Berkas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak dikenal</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; dilindungi dari penulisan.
Tetap hapus?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Direktori Induk</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;Baru</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Lihat di:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Cari Direktori</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Direktori tidak ditemukan.
Periksa apakah nama direktori sudah benar.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua Berkas (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Direktori-direktori</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Direktori tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Direktori:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti berkas itu?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju ke berikutnya</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke direktori induk</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Tempat Terakhir</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali ke sebelumnya</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ganti ke tampilan rinci</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan Rinci</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkas sudah benar.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Ganti ke tampilan daftar</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Online: synced with the hub (cursor %1).</source>
        <translation>Daring: tersinkron dengan hub (kursor %1).</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Luring: %1</translation>
    </message>
    <message numerus="yes">
        <source>The hub stopped %n command(s) with a conflict; see the complaint&apos;s detail.</source>
        <translation>
            <numerusform>Hub menahan %n perintah karena konflik; lihat rincian aduan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n command(s); see the complaint&apos;s detail.</source>
        <translation>
            <numerusform>Hub menolak %n perintah; lihat rincian aduan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Pratinjau Cetak</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Sesuaikan halaman</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Lanskap</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sesuaikan lebar</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Potret</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Pengaturan Halaman</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Pengaturan halaman</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Tampilkan ikhtisar semua halaman</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Halaman pertama</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Halaman terakhir</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Tampilkan satu halaman</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Ekspor ke PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Tampilkan halaman berhadapan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Alamat Tautan</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Information is incomplete</source>
        <translation>Informasi tidak lengkap</translation>
    </message>
    <message>
        <source>The location is unclear</source>
        <translation>Lokasi tidak jelas</translation>
    </message>
    <message>
        <source>Supporting evidence is needed</source>
        <translation>Diperlukan bukti pendukung</translation>
    </message>
    <message>
        <source>Wrong format</source>
        <translation>Kesalahan format</translation>
    </message>
    <message>
        <source>Other (see note)</source>
        <translation>Lainnya (lihat catatan)</translation>
    </message>
    <message>
        <source>Too general</source>
        <translation>Masukan terlalu umum</translation>
    </message>
    <message>
        <source>Not about the performance of a public service</source>
        <translation>Tidak relevan dengan kinerja pelayanan publik</translation>
    </message>
    <message>
        <source>Abusive or offensive content</source>
        <translation>Mengandung kata-kata kasar atau menyinggung</translation>
    </message>
    <message>
        <source>Spam or a test message</source>
        <translation>Spam atau pesan uji coba</translation>
    </message>
    <message>
        <source>The reporter did not supply the information asked</source>
        <translation>Pelapor tidak melengkapi informasi yang diminta</translation>
    </message>
    <message>
        <source>Not this OPD&apos;s duty</source>
        <translation>Bukan tugas dan fungsi OPD ini</translation>
    </message>
    <message>
        <source>Belongs to another OPD</source>
        <translation>Merupakan wewenang OPD lain</translation>
    </message>
    <message>
        <source>Outside this office&apos;s area</source>
        <translation>Di luar wilayah kerja instansi ini</translation>
    </message>
    <message>
        <source>Not enough information to act on</source>
        <translation>Informasi tidak cukup untuk ditindaklanjuti</translation>
    </message>
</context>
<context>
    <name>ReportFlow</name>
    <message>
        <source>Page %1</source>
        <translation>Halaman %1</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>Kota Serang public-service complaints (SP4N-LAPOR!) command center</source>
        <translation>Pusat komando pengaduan pelayanan publik Kota Serang (SP4N-LAPOR!)</translation>
    </message>
    <message>
        <source>The definitions of every figure are in the appendix.</source>
        <translation>Definisi setiap angka tercantum dalam lampiran.</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Dicetak %1</translation>
    </message>
    <message>
        <source>Per OPD</source>
        <translation>Rincian per OPD</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>No complaint was dispatched, answered, overdue or escalated this week.</source>
        <translation>Tidak ada aduan yang didisposisikan, ditanggapi, terlambat, atau dieskalasi pada minggu ini.</translation>
    </message>
    <message>
        <source>Complaints escalated to the Ombudsman this week</source>
        <translation>Aduan yang dieskalasi ke Ombudsman pada minggu ini</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>Most stalled SOP steps</source>
        <translation>Langkah SOP dengan aduan macet terbanyak</translation>
    </message>
    <message numerus="yes">
        <source>%n complaints stalled at an SOP step at the end of the week.</source>
        <translation>
            <numerusform>%n aduan macet di suatu langkah SOP pada akhir minggu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Head of the Office (Kepala Dinas)</source>
        <translation>Kepala Dinas</translation>
    </message>
    <message>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <source>Appendix: definitions</source>
        <translation>Lampiran: definisi</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Weekly complaint report</source>
        <translation>Laporan aduan mingguan</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3 (WIB)</source>
        <translation>Minggu %1: %2 s.d. %3 (WIB)</translation>
    </message>
    <message>
        <source>OPD %1 only: made from the OPD liaison&apos;s cache, which holds only the complaints dispatched to it</source>
        <translation>Hanya OPD %1: disusun dari cache penghubung OPD, yang hanya memuat aduan yang didisposisikan ke OPD tersebut</translation>
    </message>
    <message>
        <source>All OPDs of Kota Serang</source>
        <translation>Seluruh OPD Kota Serang</translation>
    </message>
    <message>
        <source>Figures reflect the hub log up to seq %1, last synced %2</source>
        <translation>Angka berdasarkan log hub sampai seq %1, terakhir tersinkron %2</translation>
    </message>
    <message>
        <source>Figures reflect the hub log up to seq %1; sync time not recorded, newest event %2</source>
        <translation>Angka berdasarkan log hub sampai seq %1; waktu sinkronisasi tidak tercatat, peristiwa terbaru %2</translation>
    </message>
    <message>
        <source>Figures reflect the hub log up to seq %1</source>
        <translation>Angka berdasarkan log hub sampai seq %1</translation>
    </message>
    <message>
        <source>Overdue and stalled complaints as at the end of the week (%1)</source>
        <translation>Aduan terlambat dan macet per akhir minggu (%1)</translation>
    </message>
    <message>
        <source>The week is not over: overdue and stalled complaints as at %1</source>
        <translation>Minggu ini belum berakhir: aduan terlambat dan macet per %1</translation>
    </message>
    <message>
        <source>Warning: this cache was not synced after %1, so later events of the week may be missing.</source>
        <translation>Peringatan: cache ini tidak disinkronkan setelah %1, sehingga peristiwa yang lebih akhir pada minggu ini mungkin belum tercakup.</translation>
    </message>
    <message>
        <source>Command center</source>
        <translation>Pusat komando</translation>
    </message>
    <message>
        <source>not dispatched</source>
        <translation>belum didisposisikan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Diverifikasi</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Didisposisikan</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Ditanggapi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Overdue at week end</source>
        <translation>Terlambat pada akhir minggu</translation>
    </message>
    <message>
        <source>Escalated to the Ombudsman</source>
        <translation>Dieskalasi ke Ombudsman</translation>
    </message>
    <message>
        <source>Median working days to follow-up</source>
        <translation>Median hari kerja sampai tindak lanjut</translation>
    </message>
    <message numerus="yes">
        <source>%1 (of %n responses)</source>
        <translation>
            <numerusform>%1 (dari %n tanggapan)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline compliance (follow-up)</source>
        <translation>Kepatuhan tenggat (tindak lanjut)</translation>
    </message>
    <message>
        <source>%1 (%2 met, %3 breached)</source>
        <translation>%1 (%2 tepat, %3 lewat)</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Dieskalasi</translation>
    </message>
    <message>
        <source>Median WD</source>
        <translation>Median HK</translation>
    </message>
    <message>
        <source>Tracking id</source>
        <translation>Nomor aduan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>State at week end</source>
        <translation>Status akhir minggu</translation>
    </message>
    <message>
        <source>SOP step</source>
        <translation>Langkah SOP</translation>
    </message>
    <message>
        <source>Stalled complaints</source>
        <translation>Aduan macet</translation>
    </message>
    <message>
        <source>Median days at step</source>
        <translation>Median hari</translation>
    </message>
    <message>
        <source>Most days</source>
        <translation>Terlama</translation>
    </message>
    <message>
        <source>Complaints received and responded per OPD this week</source>
        <translation>Aduan yang diterima dan ditanggapi per OPD minggu ini</translation>
    </message>
    <message>
        <source>Received by the OPD (dispatched)</source>
        <translation>Diterima OPD (didisposisikan)</translation>
    </message>
    <message>
        <source>Responded by the OPD</source>
        <translation>Ditanggapi OPD</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Aduan</translation>
    </message>
    <message numerus="yes">
        <source>Trend over the last %n weeks</source>
        <translation>
            <numerusform>Tren %n minggu terakhir</numerusform>
        </translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>Minggu ISO</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>An ISO 8601 week, Monday to Sunday, on Western Indonesian Time (WIB, UTC+7, no daylight saving): from Monday 00:00 WIB to the next Monday 00:00 WIB. An event belongs to the week its time falls in.</source>
        <translation>Minggu ISO 8601, Senin sampai Minggu, menurut Waktu Indonesia Barat (WIB, UTC+7, tanpa waktu musim panas): dari Senin pukul 00.00 WIB sampai Senin berikutnya pukul 00.00 WIB. Suatu peristiwa termasuk minggu tempat waktunya berada.</translation>
    </message>
    <message>
        <source>Complaints whose arrival time (the time the inbox shows; for LAPOR! the time stated by LAPOR!) falls in the week.</source>
        <translation>Aduan yang waktu masuknya (waktu yang tampil di kotak masuk; untuk LAPOR!, waktu yang dicantumkan LAPOR!) berada dalam minggu tersebut.</translation>
    </message>
    <message>
        <source>Verified, dispatched, responded, closed, escalated</source>
        <translation>Diverifikasi, didisposisikan, ditanggapi, selesai, dieskalasi</translation>
    </message>
    <message>
        <source>Complaints with at least one event of that kind in the week, each counted once however many it had. Closed includes the hub&apos;s automatic closing; complaints rejected, forwarded or marked duplicate are not closed. In the per-OPD table a complaint dispatched to two OPDs in the week counts for both, so the rows may add up to more than the cover.</source>
        <translation>Aduan yang memiliki paling sedikit satu peristiwa jenis tersebut dalam minggu itu, masing-masing dihitung satu kali berapa pun jumlah peristiwanya. Selesai mencakup penutupan otomatis oleh hub; aduan yang ditolak, diteruskan, atau ditandai duplikat tidak dihitung selesai. Dalam tabel per OPD, aduan yang didisposisikan ke dua OPD dalam minggu yang sama dihitung untuk keduanya, sehingga jumlah baris dapat melebihi angka di halaman sampul.</translation>
    </message>
    <message>
        <source>Complaints still open at the end of the week (or now, for a week not over) with at least one SLA clock past its due time and not stopped, as the deadlines screen computes it (working-day calendar, pauses while deferred). The auto-close clock is left out: its breach is the hub closing the complaint, nobody&apos;s delay. In the per-OPD table an overdue complaint counts for the OPD it is with (dispatched, in progress or responded); others count for the command center.</source>
        <translation>Aduan yang masih terbuka pada akhir minggu (atau saat ini, untuk minggu yang belum berakhir) dengan paling sedikit satu pengukur waktu SLA yang telah melewati tenggatnya dan belum berhenti, sebagaimana dihitung di layar tenggat (kalender hari kerja, dijeda selama ditunda). Pengukur waktu penutupan otomatis tidak dihitung: bila lewat, hub menutup aduan, bukan keterlambatan siapa pun. Dalam tabel per OPD, aduan terlambat dihitung untuk OPD yang sedang memegangnya (didisposisikan, dalam proses, atau ditanggapi); selebihnya dihitung untuk pusat komando.</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>Kepatuhan tenggat</translation>
    </message>
    <message>
        <source>Over the follow-up clock (14 calendar days from dispatch or reopen to the response; the clock whose breach goes to the Ombudsman): met / (met + breached) for the cycles decided in the week. A cycle is decided when it stops on time (met, at the stop) or when its due time passes without a stop (breached, at the due time, whether it is answered later or not). A cycle ended by a return within its time is met, as the deadlines screen shows it. Counted for the OPD the cycle was dispatched to.</source>
        <translation>Berdasarkan pengukur waktu tindak lanjut (14 hari kalender sejak disposisi atau pembukaan kembali sampai tanggapan; pengukur waktu yang bila lewat dieskalasi ke Ombudsman): tepat waktu / (tepat waktu + lewat tenggat) untuk siklus yang ditentukan dalam minggu tersebut. Suatu siklus ditentukan saat berhenti tepat waktu (tepat waktu, pada saat berhenti) atau saat tenggatnya lewat tanpa berhenti (lewat tenggat, pada saat tenggat, baik dijawab kemudian maupun tidak). Siklus yang berakhir karena dikembalikan sebelum waktunya habis dihitung tepat waktu, sebagaimana ditampilkan di layar tenggat. Dihitung untuk OPD tujuan disposisi siklus tersebut.</translation>
    </message>
    <message>
        <source>For each response in the week: the working days after the day of the dispatch (or reopen) that started its cycle, up to and including the day of the response, on the OPD&apos;s calendar. A response on the day of dispatch counts 0. With an even number of responses, the mean of the middle two.</source>
        <translation>Untuk setiap tanggapan dalam minggu tersebut: jumlah hari kerja setelah hari disposisi (atau pembukaan kembali) yang memulai siklusnya, sampai dengan hari tanggapan, menurut kalender OPD. Tanggapan pada hari disposisi dihitung 0. Bila jumlah tanggapan genap, dipakai rata-rata dua nilai tengah.</translation>
    </message>
    <message>
        <source>Most stalled SOP steps</source>
        <translation>Langkah SOP dengan aduan macet terbanyak</translation>
    </message>
    <message>
        <source>At the end of the week: complaints an OPD is working (dispatched or in progress) whose current SOP step has run past its expected working days, grouped by OPD and step, most complaints first. Days at step are working days begun since the step became current.</source>
        <translation>Pada akhir minggu: aduan yang sedang ditangani OPD (didisposisikan atau dalam proses) yang langkah SOP-nya saat ini telah melewati target hari kerjanya, dikelompokkan per OPD dan langkah, yang aduannya terbanyak di atas. Hari di langkah adalah hari kerja yang telah dimulai sejak langkah tersebut menjadi langkah saat ini.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Received and responded per week for the last weeks, counted as on the cover.</source>
        <translation>Aduan diterima dan ditanggapi per minggu selama beberapa minggu terakhir, dihitung seperti pada halaman sampul.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Everything is computed from this workstation&apos;s cache, which holds the hub&apos;s log up to the seq shown. A liaison&apos;s cache holds only the complaints dispatched to that OPD, so its report covers that OPD only. A cache not synced after the end of the week may miss its last events.</source>
        <translation>Semua angka dihitung dari cache komputer ini, yang memuat log hub sampai seq yang tertera. Cache penghubung OPD hanya memuat aduan yang didisposisikan ke OPD tersebut, sehingga laporannya hanya mencakup OPD itu. Cache yang tidak disinkronkan setelah akhir minggu mungkin belum memuat peristiwa terakhir minggu itu.</translation>
    </message>
    <message>
        <source>Compliance (met/decided)</source>
        <translation>Kepatuhan (tepat/jumlah)</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaints were escalated this week. The earliest %1 of each OPD are listed here; the full list is in the report&apos;s CSV export (the file ending in -escalated.csv).</source>
        <translation>
            <numerusform>%Ln aduan dieskalasi minggu ini. %1 eskalasi paling awal tiap OPD tercantum di sini; daftar lengkap ada di ekspor CSV laporan (berkas berakhiran -escalated.csv).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more, listed in the CSV</source>
        <translation>
            <numerusform>+ %Ln lainnya, ada di CSV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReporterContactFields</name>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>Write what was said to or by the reporter.</source>
        <translation>Tulis apa yang disampaikan kepada atau oleh pelapor.</translation>
    </message>
</context>
<context>
    <name>ResultSheet</name>
    <message>
        <source>Training result sheet</source>
        <translation>Lembar hasil pelatihan</translation>
    </message>
    <message>
        <source>Scenario: %1 · class %2 · scores at %3 WIB (hub time)</source>
        <translation>Skenario: %1 · kelas %2 · nilai pada %3 WIB (waktu hub)</translation>
    </message>
    <message>
        <source>Handled: %1 of %2 · correct decision: %3 · correct OPD: %4 · median time to triage: %5 · deadlines missed: %6</source>
        <translation>Ditangani: %1 dari %2 · keputusan benar: %3 · OPD benar: %4 · median waktu triase: %5 · tenggat terlewat: %6</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Dilakukan</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Benar</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triase</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>OPD wrong</source>
        <translation>OPD salah</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>belum masuk</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>terlewat</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>terpenuhi</translation>
    </message>
    <message>
        <source>Trainer&apos;s signature: ____________________</source>
        <translation>Tanda tangan pelatih: ____________________</translation>
    </message>
    <message>
        <source>Training result sheet — %1</source>
        <translation>Lembar hasil pelatihan — %1</translation>
    </message>
    <message>
        <source>The result sheet could not be written to %1.</source>
        <translation>Lembar hasil tidak dapat ditulis ke %1.</translation>
    </message>
</context>
<context>
    <name>RoutingText</name>
    <message>
        <source>the complaint&apos;s kecamatan</source>
        <translation>kecamatan aduan</translation>
    </message>
    <message>
        <source>the kecamatan named in the text</source>
        <translation>kecamatan yang disebut dalam teks</translation>
    </message>
    <message>
        <source>no kecamatan known, the default office</source>
        <translation>kecamatan tidak diketahui, kantor bawaan</translation>
    </message>
    <message>
        <source>No word of the text points to %1; it comes from how often past complaints went there.</source>
        <translation>Tidak ada kata dalam teks yang mengarah ke %1; saran ini berasal dari seberapa sering aduan sebelumnya didisposisikan ke sana.</translation>
    </message>
    <message numerus="yes">
        <source>%n past complaint(s) with %1 went to %2.</source>
        <translation>
            <numerusform>%n aduan sebelumnya dengan kata %1 didisposisikan ke %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 are words of the services of %2 in the reference data.</source>
        <translation>%1 merupakan kata kunci layanan %2 dalam data referensi.</translation>
    </message>
    <message>
        <source>Routing table (rule version %1): %2 in kecamatan %3 goes to %4.</source>
        <translation>Tabel disposisi (aturan versi %1): %2 di kecamatan %3 didisposisikan ke %4.</translation>
    </message>
    <message>
        <source>Routing table (rule version %1): %2 goes to %3.</source>
        <translation>Tabel disposisi (aturan versi %1): %2 didisposisikan ke %3.</translation>
    </message>
    <message>
        <source>The text agrees.</source>
        <translation>Teks aduan sejalan.</translation>
    </message>
    <message>
        <source>The text alone would point to %1.</source>
        <translation>Teks aduan saja akan mengarah ke %1.</translation>
    </message>
    <message>
        <source>The routing table sends category %1 to %2.</source>
        <translation>Tabel disposisi mengarahkan kategori %1 ke %2.</translation>
    </message>
    <message>
        <source>Office chosen by %1.</source>
        <translation>Dasar pemilihan kantor: %1.</translation>
    </message>
    <message>
        <source>Not suggested again: returned by %1.</source>
        <translation>Tidak disarankan lagi: dikembalikan oleh %1.</translation>
    </message>
</context>
<context>
    <name>RowText</name>
    <message>
        <source>the header lacks the column &apos;%1&apos;</source>
        <translation>baris judul tidak memuat kolom &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation>kolom &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code (upper-case letters, digits and &apos;-&apos;)</source>
        <translation>&quot;%1&quot; bukan kode (huruf kapital, angka, dan &apos;-&apos;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;)</source>
        <translation>&quot;%1&quot; bukan kode (huruf kecil, angka, &apos;-&apos;, dan &apos;_&apos;)</translation>
    </message>
    <message>
        <source>expected yes or no, found &quot;%1&quot;</source>
        <translation>seharusnya &quot;yes&quot; atau &quot;no&quot;, ditemukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found &quot;%3&quot;</source>
        <translation>seharusnya bilangan bulat %1 sampai %2, ditemukan &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; bukan tanggal (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; bukan salah satu dari %2</translation>
    </message>
</context>
<context>
    <name>SopPublication</name>
    <message>
        <source>Only an admin or a supervisor publishes SOP templates; a liaison may prepare a draft for an admin to publish.</source>
        <translation>Hanya admin atau supervisor yang dapat menerbitkan templat SOP; penghubung OPD dapat menyiapkan draf untuk diterbitkan oleh admin.</translation>
    </message>
    <message>
        <source>%1: the next version to publish is %2, not %3. Someone may have published meanwhile: reload the template and publish again.</source>
        <translation>%1: versi berikutnya yang diterbitkan adalah %2, bukan %3. Mungkin ada yang sudah menerbitkan lebih dahulu: muat ulang templat, lalu terbitkan lagi.</translation>
    </message>
    <message>
        <source>Only an OPD liaison submits SOP drafts; admins and supervisors publish directly.</source>
        <translation>Hanya penghubung OPD yang mengajukan draf SOP; admin dan supervisor menerbitkan langsung.</translation>
    </message>
    <message>
        <source>You may draft SOP templates for your own OPD (%1) only.</source>
        <translation>Anda hanya boleh membuat draf templat SOP untuk OPD Anda sendiri (%1).</translation>
    </message>
    <message>
        <source>The OPD %1 was deactivated by an administrator and takes no new complaints, so no new SOP template version is published for it; its published versions stay with the complaints that use them.</source>
        <translation>OPD %1 telah dinonaktifkan oleh admin dan tidak menerima aduan baru, jadi tidak ada versi templat SOP baru untuknya; versi yang sudah terbit tetap dipakai aduan yang menggunakannya.</translation>
    </message>
</context>
<context>
    <name>SopText</name>
    <message>
        <source>OPD liaison</source>
        <translation>Penghubung OPD</translation>
    </message>
    <message>
        <source>Technical officer</source>
        <translation>Petugas teknis</translation>
    </message>
    <message>
        <source>Head of division</source>
        <translation>Kepala bidang</translation>
    </message>
    <message>
        <source>Head of the OPD</source>
        <translation>Kepala OPD</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>median %1 d</source>
        <translation>med. %1 hr</translation>
    </message>
</context>
<context>
    <name>rabeg::AdminAuditPanel</name>
    <message>
        <source>Every kind</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>%1 of %2 changes shown.</source>
        <translation>%1 dari %2 perubahan ditampilkan.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Export the audit of administration</source>
        <translation>Ekspor audit administrasi</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 changes exported to %2.</source>
        <translation>%1 perubahan diekspor ke %2.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Saringan:</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Jenis perubahan</translation>
    </message>
    <message>
        <source>Who made the change</source>
        <translation>Siapa yang mengubah</translation>
    </message>
    <message>
        <source>from any day</source>
        <translation>sejak awal</translation>
    </message>
    <message>
        <source>to any day</source>
        <translation>sampai kini</translation>
    </message>
    <message>
        <source>From this day (WIB)</source>
        <translation>Mulai tanggal ini (WIB)</translation>
    </message>
    <message>
        <source>To this day (WIB)</source>
        <translation>Sampai tanggal ini (WIB)</translation>
    </message>
    <message>
        <source>Text in any column</source>
        <translation>Teks di kolom mana pun</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Audit of administration</source>
        <translation>Audit administrasi</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Ekspor CSV...</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Filter by text in any column</source>
        <translation>Saring menurut teks di kolom mana pun</translation>
    </message>
    <message>
        <source>Export the changes shown to a CSV file</source>
        <translation>Ekspor perubahan yang ditampilkan ke berkas CSV</translation>
    </message>
    <message>
        <source>Reload the audit of administration from the hub</source>
        <translation>Muat ulang audit administrasi dari hub</translation>
    </message>
</context>
<context>
    <name>rabeg::AdminHubClient</name>
    <message>
        <source>Not signed in to the hub yet: wait for the first sync, then try again.</source>
        <translation>Belum masuk ke hub: tunggu sinkronisasi pertama, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The hub refused the publication: %1</source>
        <translation>Hub menolak penerbitan: %1</translation>
    </message>
    <message>
        <source>Another admin published a new version first. Reload it, make your change again and publish.</source>
        <translation>Admin lain lebih dulu menerbitkan versi baru. Muat ulang, ulangi perubahan Anda, lalu terbitkan.</translation>
    </message>
</context>
<context>
    <name>rabeg::AdminScreen</name>
    <message>
        <source>SLA policy</source>
        <translation>Kebijakan SLA</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Administration: SLA policy and calendar</source>
        <translation>Administrasi: kebijakan SLA dan kalender</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrasi</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Audit of administration</source>
        <translation>Audit administrasi</translation>
    </message>
</context>
<context>
    <name>rabeg::AlertsDock</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>dan %n lainnya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rabeg: %n new notification(s)</source>
        <translation>
            <numerusform>Rabeg: %n notifikasi baru</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Notifikasi: %n belum dibaca</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifikasi</translation>
    </message>
    <message>
        <source>Open the notification list (Ctrl+Shift+N)</source>
        <translation>Buka daftar notifikasi (Ctrl+Shift+N)</translation>
    </message>
</context>
<context>
    <name>rabeg::AssignDialog</name>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Serahkan</translation>
    </message>
    <message>
        <source>Owner now</source>
        <translation>Penanggung jawab kini</translation>
    </message>
    <message>
        <source>&amp;Colleague</source>
        <translation>&amp;Rekan</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Choose or type the colleague who takes it over.</source>
        <translation>Pilih atau ketik nama rekan yang mengambil alih.</translation>
    </message>
    <message>
        <source>%1 already owns it: choose someone else.</source>
        <translation>%1 sudah menjadi penanggung jawabnya: pilih orang lain.</translation>
    </message>
</context>
<context>
    <name>rabeg::AttachmentPanel</name>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Attachments are kept only on the hub, which cannot be reached now. Open it again when the status says online.</source>
        <translation>Lampiran hanya disimpan di hub, yang sekarang tidak dapat dihubungi. Buka lagi saat status menunjukkan daring.</translation>
    </message>
    <message>
        <source>Fetching %1 from the hub…</source>
        <translation>Mengambil %1 dari hub…</translation>
    </message>
    <message>
        <source>Add an attachment</source>
        <translation>Tambah lampiran</translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.webp *.pdf);;All files (*)</source>
        <translation>Foto dan dokumen PDF (*.jpg *.jpeg *.png *.webp *.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB: the hub accepts photos and PDF documents up to 10 MB. Send a smaller photo or split the document.</source>
        <translation>%1 lebih besar dari 10 MB: hub menerima foto dan dokumen PDF sampai 10 MB. Kirim foto yang lebih kecil atau pecah dokumennya.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Attachments go straight to the hub, which cannot be reached now. Add it again when the status says online.</source>
        <translation>Lampiran langsung dikirim ke hub, yang sekarang tidak dapat dihubungi. Tambahkan lagi saat status menunjukkan daring.</translation>
    </message>
    <message>
        <source>Sending %1 to the hub…</source>
        <translation>Mengirim %1 ke hub…</translation>
    </message>
    <message>
        <source>Sign in to the hub first: attachments are kept only there.</source>
        <translation>Masuk ke hub terlebih dahulu: lampiran hanya disimpan di sana.</translation>
    </message>
    <message>
        <source>The hub could not be reached: %1</source>
        <translation>Hub tidak dapat dihubungi: %1</translation>
    </message>
    <message>
        <source>%1 was added. It is listed here after the next sync.</source>
        <translation>%1 telah ditambahkan. Lampiran ini tampil di sini setelah sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 tidak ditambahkan: %2</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1 arrived damaged (its SHA-256 differs from the one recorded at upload); it is not shown. Try again.</source>
        <translation>%1 diterima dalam keadaan rusak (SHA-256-nya berbeda dari yang dicatat saat diunggah); tidak ditampilkan. Coba lagi.</translation>
    </message>
    <message>
        <source>%1 · %2 · added by %3 on %4</source>
        <translation>%1 · %2 · ditambahkan oleh %3 pada %4</translation>
    </message>
    <message>
        <source>%1 is a photo this workstation cannot show. Save it and open it elsewhere.</source>
        <translation>%1 adalah foto yang tidak dapat ditampilkan di komputer ini. Simpan lalu buka dengan aplikasi lain.</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Simpan lampiran</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written to %2: %3</source>
        <translation>%1 tidak dapat ditulis ke %2: %3</translation>
    </message>
    <message>
        <source>%1 was saved to %2. Open it with your PDF viewer.</source>
        <translation>%1 disimpan ke %2. Buka dengan penampil PDF Anda.</translation>
    </message>
    <message>
        <source>Attachments: none</source>
        <translation>Lampiran: tidak ada</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Lampiran (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ditambahkan oleh</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Buka lampiran</translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation>Tambah lampiran…</translation>
    </message>
    <message>
        <source>%1 opened in the PDF viewer; its copy for the viewer is removed when Rabeg closes.</source>
        <translation>%1 dibuka di penampil PDF; salinannya untuk penampil dihapus saat Rabeg ditutup.</translation>
    </message>
</context>
<context>
    <name>rabeg::AttachmentViewer</name>
    <message>
        <source>Attachment: %1</source>
        <translation>Lampiran: %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Ukuran asli</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Sesuaikan dengan jendela</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Simpan lampiran</translation>
    </message>
    <message>
        <source>The file could not be written to %1: %2</source>
        <translation>Berkas tidak dapat ditulis ke %1: %2</translation>
    </message>
</context>
<context>
    <name>rabeg::BulkDispatchDialog</name>
    <message numerus="yes">
        <source>Dispatch %n complaints</source>
        <translation>
            <numerusform>Disposisikan %n aduan</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>To OPD</source>
        <translation>OPD tujuan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(lewati)</translation>
    </message>
    <message>
        <source>no suggestion: choose an OPD</source>
        <translation>tidak ada saran: pilih OPD</translation>
    </message>
    <message>
        <source>%1 is outside the city: use &quot;not our authority&quot;</source>
        <translation>%1 bukan OPD Pemkot: gunakan &quot;bukan wewenang&quot;</translation>
    </message>
    <message>
        <source>Check each OPD, then dispatch. Each complaint is queued on its own; one refused does not stop the others.</source>
        <translation>Periksa setiap OPD, lalu disposisikan. Setiap aduan diantrekan sendiri-sendiri; satu aduan yang ditolak tidak menghentikan yang lain.</translation>
    </message>
    <message>
        <source>&amp;Dispatch all</source>
        <translation>&amp;Disposisikan semua</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <source>queued: pending until the hub confirms</source>
        <translation>diantrekan: tertunda sampai dikonfirmasi hub</translation>
    </message>
    <message>
        <source>%1 queued, %2 refused, %3 left out.</source>
        <translation>%1 diantrekan, %2 ditolak, %3 dilewati.</translation>
    </message>
    <message>
        <source>Complaints to dispatch</source>
        <translation>Aduan yang akan didisposisikan</translation>
    </message>
    <message>
        <source>%1 was deactivated: choose another OPD</source>
        <translation>%1 sudah nonaktif: pilih OPD lain</translation>
    </message>
</context>
<context>
    <name>rabeg::CaFileEdit</name>
    <message>
        <source>Certificate authority of the hub</source>
        <translation>Otoritas sertifikat hub</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Sertifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Optional: the city&apos;s CA certificate (PEM)</source>
        <translation>Opsional: sertifikat CA milik Pemkot (PEM)</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Berkas otoritas sertifikat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Pilih berkas otoritas sertifikat</translation>
    </message>
</context>
<context>
    <name>rabeg::CacheUpgradeWindow</name>
    <message>
        <source>Rabeg — preparing the local cache</source>
        <translation>Rabeg — menyiapkan cache lokal</translation>
    </message>
    <message>
        <source>Updating the local cache</source>
        <translation>Memperbarui cache lokal</translation>
    </message>
    <message>
        <source>This version of Rabeg keeps more in the local cache. It is worked out once from the complaints already stored; on a large cache that takes several minutes. If Rabeg is closed meanwhile nothing is lost: the work starts again at the next start.</source>
        <translation>Versi Rabeg ini menyimpan lebih banyak di cache lokal. Isinya dihitung sekali dari aduan yang sudah tersimpan; pada cache besar ini makan waktu beberapa menit. Bila Rabeg ditutup sementara itu, tidak ada yang hilang: pekerjaan ini diulang saat Rabeg dibuka lagi.</translation>
    </message>
    <message>
        <source>Opening the local cache…</source>
        <translation>Membuka cache lokal…</translation>
    </message>
    <message>
        <source>%L1 complaints done</source>
        <translation>%L1 aduan selesai</translation>
    </message>
    <message>
        <source>Changing the cache&apos;s layout (version %1 to %2)…</source>
        <translation>Mengubah susunan cache (versi %1 ke %2)…</translation>
    </message>
    <message>
        <source>Computing when each running deadline warns…</source>
        <translation>Menghitung kapan setiap tenggat yang berjalan memberi peringatan…</translation>
    </message>
    <message>
        <source>Computing every complaint&apos;s deadlines and SOP progress under the rules in force…</source>
        <translation>Menghitung tenggat dan kemajuan SOP setiap aduan menurut aturan yang berlaku…</translation>
    </message>
    <message>
        <source>Working out, for the weekly report, where each complaint stood in its OPD&apos;s SOP…</source>
        <translation>Menghitung, untuk laporan mingguan, posisi setiap aduan dalam SOP OPD-nya…</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Berjalan %1</translation>
    </message>
    <message>
        <source> · about %1 left in this step</source>
        <translation> · sisa sekitar %1 untuk langkah ini</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 detik</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 menit %2 detik</translation>
    </message>
</context>
<context>
    <name>rabeg::CalendarEditor</name>
    <message>
        <source>Published version %1 of the calendar. Workstations recompute the deadlines that span the changed days at their next sync.</source>
        <translation>Versi %1 kalender telah diterbitkan. Workstation menghitung ulang tenggat yang melintasi hari yang berubah pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>Jenis hari</translation>
    </message>
    <message>
        <source>Load the calendar in force first (Reload).</source>
        <translation>Muat dulu kalender yang berlaku (Muat ulang).</translation>
    </message>
    <message>
        <source>Publishing version %1...</source>
        <translation>Menerbitkan versi %1...</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>OPD (Saturdays)</source>
        <translation>OPD (hari Sabtu)</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Sementara</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>Hari dalam kalender</translation>
    </message>
    <message>
        <source>The calendar in force is loaded from the hub.</source>
        <translation>Kalender yang berlaku dimuat dari hub.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Calendar version</source>
        <translation>Versi kalender</translation>
    </message>
    <message>
        <source>No provisional year.</source>
        <translation>Tidak ada tahun sementara.</translation>
    </message>
    <message>
        <source>Provisional (the decree is not out yet; fixed-date holidays only): %1</source>
        <translation>Sementara (SKB belum terbit; hanya libur bertanggal tetap): %1</translation>
    </message>
    <message>
        <source>Provisional years</source>
        <translation>Tahun sementara</translation>
    </message>
    <message>
        <source>Add day (Alt+Insert)</source>
        <translation>Tambah hari (Alt+Insert)</translation>
    </message>
    <message>
        <source>Add a day to the calendar</source>
        <translation>Tambahkan hari ke kalender</translation>
    </message>
    <message>
        <source>Remove day (Alt+Delete)</source>
        <translation>Hapus hari (Alt+Delete)</translation>
    </message>
    <message>
        <source>Remove the selected day</source>
        <translation>Hapus hari yang dipilih</translation>
    </message>
    <message>
        <source>Why (required): the decree, e.g. Keppres 12/2026 on a day off</source>
        <translation>Alasan (wajib): keputusannya, mis. Keppres 12/2026 tentang hari libur</translation>
    </message>
    <message>
        <source>Reload the calendar from the hub</source>
        <translation>Muat ulang kalender dari hub</translation>
    </message>
    <message>
        <source>Publish the calendar as a new version</source>
        <translation>Terbitkan kalender sebagai versi baru</translation>
    </message>
    <message>
        <source>Calendar message</source>
        <translation>Pesan kalender</translation>
    </message>
</context>
<context>
    <name>rabeg::CategoryTreePanel</name>
    <message>
        <source>Done: %1 (%2). Every workstation shows it after its next sync.</source>
        <translation>Selesai: %1 (%2). Setiap komputer menampilkannya setelah sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The category tree in this workstation&apos;s cache cannot be read: %1</source>
        <translation>Pohon kategori di cache komputer ini tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>(no rule in the routing table)</source>
        <translation>(tidak ada aturan di tabel disposisi)</translation>
    </message>
    <message numerus="yes">
        <source>(+%n by kecamatan)</source>
        <translation>
            <numerusform>(+%n per kecamatan)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none: a root category)</source>
        <translation>(tidak ada: kategori akar)</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Mengirim...</translation>
    </message>
    <message>
        <source>Category or service</source>
        <translation>Kategori atau layanan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>Rute bawaan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <source>Deactivate (kept for its complaints)</source>
        <translation>Nonaktifkan (tetap ada untuk aduannya)</translation>
    </message>
    <message>
        <source>Change a category or a service</source>
        <translation>Ubah kategori atau layanan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Di bawah</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>e.g. pju-taman</source>
        <translation>mis. pju-taman</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Alasan (wajib)</translation>
    </message>
    <message>
        <source>Send to the hub</source>
        <translation>Kirim ke hub</translation>
    </message>
    <message>
        <source>A new category goes under a root category or is a root; a service goes under any category. A service&apos;s route is changed in the Routing table tab. Nothing is deleted: a deactivated category or service stays for the complaints that name it.</source>
        <translation>Kategori baru ditempatkan di bawah kategori akar atau menjadi akar; layanan dapat ditempatkan di bawah kategori mana pun. Rute layanan diubah di tab Tabel disposisi. Tidak ada yang dihapus: kategori atau layanan yang dinonaktifkan tetap ada untuk aduan yang menyebutnya.</translation>
    </message>
    <message>
        <source>Categories and services</source>
        <translation>Kategori dan layanan</translation>
    </message>
</context>
<context>
    <name>rabeg::ChecklistModel</name>
    <message>
        <source>%1 by %2 (phone report)</source>
        <translation>%1 oleh %2 (laporan telepon)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 oleh %2</translation>
    </message>
    <message numerus="yes">
        <source>stalled, %n working day(s) over</source>
        <translation>
            <numerusform>macet, lewat %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>in progress, due %1</source>
        <translation>dalam proses, tenggat %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>dalam proses</translation>
    </message>
    <message>
        <source>reopened %1</source>
        <translation>dibuka kembali %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>belum selesai</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritis</translation>
    </message>
    <message>
        <source>A critical step must be done before the complaint is answered.</source>
        <translation>Langkah kritis harus selesai sebelum aduan ditanggapi.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>%1 by %2 (pending: not yet confirmed by the hub)</source>
        <translation>%1 oleh %2 (tertunda: belum dikonfirmasi hub)</translation>
    </message>
    <message>
        <source>reopened (pending: not yet confirmed by the hub)</source>
        <translation>dibuka kembali (tertunda: belum dikonfirmasi hub)</translation>
    </message>
</context>
<context>
    <name>rabeg::ChecklistWidget</name>
    <message>
        <source>No SOP checklist: the complaint is not with an OPD.</source>
        <translation>Tidak ada daftar periksa SOP: aduan tidak sedang ditangani OPD.</translation>
    </message>
    <message>
        <source>SOP %1, version %2: this workstation has not received that version yet; it arrives with the next sync.</source>
        <translation>SOP %1, versi %2: komputer ini belum menerima versi tersebut; versi itu akan tiba pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>SOP %1, version %2, started %3 · %4 of %5 steps done</source>
        <translation>SOP %1, versi %2, dimulai %3 · %4 dari %5 langkah selesai</translation>
    </message>
    <message>
        <source>Note for a tick, or the reason to reopen</source>
        <translation>Catatan, atau alasan membuka kembali</translation>
    </message>
    <message>
        <source>&amp;Tick step</source>
        <translation>&amp;Centang langkah</translation>
    </message>
    <message>
        <source>Tick the selected step as reported by the OPD on the phone</source>
        <translation>Centang langkah yang dipilih sesuai laporan OPD melalui telepon</translation>
    </message>
    <message>
        <source>Tick the selected step as done</source>
        <translation>Centang langkah yang dipilih sebagai selesai</translation>
    </message>
    <message>
        <source>Re&amp;open step</source>
        <translation>Buka kembali lan&amp;gkah</translation>
    </message>
    <message>
        <source>Write the reason to reopen the step first</source>
        <translation>Tulis dahulu alasan membuka kembali langkah ini</translation>
    </message>
    <message>
        <source>Open the selected step again</source>
        <translation>Buka kembali langkah yang dipilih</translation>
    </message>
    <message>
        <source>Record phone repor&amp;t</source>
        <translation>&amp;Catat laporan telepon</translation>
    </message>
</context>
<context>
    <name>rabeg::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palet perintah</translation>
    </message>
    <message>
        <source>Type an action, e.g. &quot;verify&quot; or &quot;dispatch&quot;</source>
        <translation>Ketik nama tindakan, mis. &quot;verifikasi&quot; atau &quot;disposisi&quot;</translation>
    </message>
    <message>
        <source>Search the actions</source>
        <translation>Cari tindakan</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
</context>
<context>
    <name>rabeg::ComplaintActions</name>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verifikasi…</translation>
    </message>
    <message>
        <source>De&amp;fer (needs information)…</source>
        <translation>&amp;Tunda (perlu informasi)…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>T&amp;olak…</translation>
    </message>
    <message>
        <source>&amp;Not our authority (forward)…</source>
        <translation>&amp;Bukan wewenang (teruskan)…</translation>
    </message>
    <message>
        <source>Mark as d&amp;uplicate…</source>
        <translation>Tandai sebagai d&amp;uplikat…</translation>
    </message>
    <message>
        <source>&amp;Dispatch to an OPD…</source>
        <translation>&amp;Disposisikan ke OPD…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>Te&amp;rima aduan</translation>
    </message>
    <message>
        <source>Res&amp;pond…</source>
        <translation>&amp;Jawab…</translation>
    </message>
    <message>
        <source>Re&amp;turn to the command center…</source>
        <translation>&amp;Kembalikan ke pusat komando…</translation>
    </message>
    <message>
        <source>Send the stopped command again</source>
        <translation>Kirim lagi perintah yang terhenti</translation>
    </message>
    <message>
        <source>Discard the stopped command</source>
        <translation>Buang perintah yang terhenti</translation>
    </message>
    <message>
        <source>Select a complaint first.</source>
        <translation>Pilih aduan terlebih dahulu.</translation>
    </message>
    <message>
        <source>This complaint is not in the local cache.</source>
        <translation>Aduan ini tidak ada di cache lokal.</translation>
    </message>
    <message>
        <source>An earlier command on this complaint is stopped by a conflict or a refusal. Send it again or discard it first.</source>
        <translation>Perintah sebelumnya pada aduan ini terhenti karena konflik atau penolakan. Kirim lagi atau buang perintah itu terlebih dahulu.</translation>
    </message>
    <message>
        <source>Done: %1. It is pending until the hub confirms it.</source>
        <translation>Berhasil %1. Perintah ini tertunda sampai dikonfirmasi hub.</translation>
    </message>
    <message>
        <source>Defer %1</source>
        <translation>Tunda %1</translation>
    </message>
    <message>
        <source>&amp;Defer</source>
        <translation>T&amp;unda</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Tolak %1</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>T&amp;olak</translation>
    </message>
    <message>
        <source>Return %1 to the command center</source>
        <translation>Kembalikan %1 ke pusat komando</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>Not our authority: forward %1</source>
        <translation>Bukan wewenang: teruskan %1</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Teruskan</translation>
    </message>
    <message>
        <source>Dispatch %1 to an OPD</source>
        <translation>Disposisikan %1 ke OPD</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>&amp;Disposisikan</translation>
    </message>
    <message>
        <source>Suggested (%1%): %2</source>
        <translation>Disarankan (%1%): %2</translation>
    </message>
    <message>
        <source>Sent again over the hub&apos;s version.</source>
        <translation>Dikirim lagi atas versi hub.</translation>
    </message>
    <message>
        <source>No command of this complaint is stopped.</source>
        <translation>Tidak ada perintah yang terhenti pada aduan ini.</translation>
    </message>
    <message>
        <source>Your command was discarded; the hub&apos;s version stands.</source>
        <translation>Perintah Anda dibuang; versi hub yang berlaku.</translation>
    </message>
    <message>
        <source>The re&amp;porter answered (resume)…</source>
        <translation>Pelapor &amp;menjawab (lanjutkan)…</translation>
    </message>
    <message>
        <source>&amp;Claim (I own it)</source>
        <translation>&amp;Ambil alih (saya tangani)</translation>
    </message>
    <message>
        <source>A&amp;ssign to a colleague…</source>
        <translation>&amp;Serahkan ke rekan…</translation>
    </message>
    <message>
        <source>Re&amp;lease ownership</source>
        <translation>&amp;Lepaskan tanggung jawab</translation>
    </message>
    <message>
        <source>Shift &amp;handover…</source>
        <translation>Serah terima s&amp;hift…</translation>
    </message>
    <message>
        <source>You already own this complaint.</source>
        <translation>Anda sudah memegang aduan ini.</translation>
    </message>
    <message>
        <source>Assign %1 to a colleague</source>
        <translation>Serahkan %1 ke rekan</translation>
    </message>
    <message>
        <source>Only the command center hands over complaints.</source>
        <translation>Hanya pusat komando yang melakukan serah terima aduan.</translation>
    </message>
    <message>
        <source>Claiming needs a user signed in to a hub: this cache was opened without one.</source>
        <translation>Mengambil alih aduan memerlukan pengguna yang masuk ke hub: cache ini dibuka tanpa hub.</translation>
    </message>
</context>
<context>
    <name>rabeg::ComplaintChecklistPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Step ticked: %1. It is pending until the hub confirms it.</source>
        <translation>Langkah dicentang: %1. Tertunda sampai dikonfirmasi hub.</translation>
    </message>
    <message>
        <source>Step reopened: %1. It is pending until the hub confirms it.</source>
        <translation>Langkah dibuka kembali: %1. Tertunda sampai dikonfirmasi hub.</translation>
    </message>
</context>
<context>
    <name>rabeg::ComplaintDetailView</name>
    <message>
        <source>Select a complaint to read it here.</source>
        <translation>Pilih aduan untuk membacanya di sini.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>This complaint is not in the local cache (any more). It may have left your scope, for example when it was returned or dispatched elsewhere.</source>
        <translation>Aduan ini tidak (lagi) ada di cache lokal. Mungkin aduan ini sudah di luar cakupan Anda, misalnya karena dikembalikan atau didisposisikan ke tempat lain.</translation>
    </message>
    <message>
        <source>not determined yet</source>
        <translation>belum ditentukan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>escalated to the Ombudsman</source>
        <translation>dieskalasi ke Ombudsman</translation>
    </message>
    <message>
        <source>pending: not yet confirmed by the hub</source>
        <translation>tertunda: belum dikonfirmasi hub</translation>
    </message>
    <message>
        <source>a command is stopped, see the right</source>
        <translation>ada perintah yang terhenti, lihat sebelah kanan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Reporter identity: withheld</source>
        <translation>Identitas pelapor: dirahasiakan</translation>
    </message>
    <message>
        <source>confidential: never public</source>
        <translation>rahasia: tidak pernah dipublikasikan</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Sent again over the hub&apos;s version.</source>
        <translation>Dikirim lagi atas versi hub.</translation>
    </message>
    <message>
        <source>Your command was discarded; the hub&apos;s version stands.</source>
        <translation>Perintah Anda dibuang; versi hub yang berlaku.</translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <source>Complaint detail</source>
        <translation>Rincian aduan</translation>
    </message>
    <message>
        <source>hidden (anonim)</source>
        <translation>disembunyikan (anonim)</translation>
    </message>
    <message>
        <source>Response for the reporter</source>
        <translation>Tanggapan untuk pelapor</translation>
    </message>
    <message>
        <source>SOP checklist (%1/%2)</source>
        <extracomment>The tab of a complaint&apos;s SOP checklist: steps done of all (&quot;SOP checklist (1/5)&quot;)</extracomment>
        <translation>Daftar periksa SOP (%1/%2)</translation>
    </message>
</context>
<context>
    <name>rabeg::ComplaintDetailWindow</name>
    <message>
        <source>Complaint %1 — %2</source>
        <translation>Aduan %1 — %2</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Aduan</translation>
    </message>
</context>
<context>
    <name>rabeg::ConflictPanel</name>
    <message>
        <source>Conflict: someone changed this complaint before your command reached the hub.</source>
        <translation>Konflik: orang lain mengubah aduan ini sebelum perintah Anda sampai di hub.</translation>
    </message>
    <message>
        <source>The hub refused your command.</source>
        <translation>Hub menolak perintah Anda.</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 oleh %2, %3</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>(no change found in the local history yet)</source>
        <translation>(belum ditemukan perubahan di riwayat lokal)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>made over version %1</source>
        <translation>dibuat atas versi %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versi %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>as you saw it</source>
        <translation>seperti yang Anda lihat</translation>
    </message>
    <message>
        <source>Yours (this workstation)</source>
        <translation>Versi Anda (komputer ini)</translation>
    </message>
    <message>
        <source>The hub&apos;s (now)</source>
        <translation>Versi hub (saat ini)</translation>
    </message>
    <message>
        <source>&amp;Send again over the hub&apos;s version</source>
        <translation>&amp;Kirim lagi atas versi hub</translation>
    </message>
    <message>
        <source>Your command goes to the hub again, now based on the version shown on the right.</source>
        <translation>Perintah Anda dikirim lagi ke hub, kini berdasarkan versi yang tampil di sebelah kanan.</translation>
    </message>
    <message>
        <source>&amp;Discard my command</source>
        <translation>Buang perintah &amp;saya</translation>
    </message>
</context>
<context>
    <name>rabeg::DashboardChartView</name>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A bar of a dashboard chart read out: category, series, value (&quot;DISDUKCAPIL, Overdue: 12&quot;)</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>rabeg::DashboardScreen</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 pada %2</translation>
    </message>
    <message>
        <source>Follow-up deadlines decided at %1: %2 met, %3 breached</source>
        <translation>Tenggat tindak lanjut yang sudah berakhir di %1: %2 terpenuhi, %3 terlampaui</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Muat ulang dasbor</translation>
    </message>
    <message>
        <source>Compute the figures again at the hub&apos;s time from this workstation&apos;s cache</source>
        <translation>Hitung ulang angka pada waktu hub dari cache workstation ini</translation>
    </message>
    <message>
        <source>Computing the dashboard from the local cache…</source>
        <translation>Menghitung dasbor dari cache lokal…</translation>
    </message>
    <message>
        <source>The dashboard cannot be computed: %1</source>
        <translation>Dasbor tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>At %1 (hub time); cache last synced %2. Click a bar to see its complaints in the inbox.</source>
        <translation>Pada %1 (waktu hub); cache terakhir disinkronkan %2. Klik sebuah batang untuk melihat aduannya di kotak masuk.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>The stalled steps follow.</source>
        <translation>Langkah yang macet menyusul.</translation>
    </message>
    <message>
        <source>Overdue at %1</source>
        <translation>Lewat tenggat di %1</translation>
    </message>
    <message>
        <source>Open at %1, %2 old</source>
        <translation>Terbuka di %1, berumur %2</translation>
    </message>
    <message>
        <source>Stalled at %1</source>
        <translation>Macet di %1</translation>
    </message>
</context>
<context>
    <name>rabeg::DeadlineBars</name>
    <message>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>mendekati tenggat</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>met</source>
        <translation>terpenuhi</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>tenggat %1</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>dikembalikan</translation>
    </message>
</context>
<context>
    <name>rabeg::DuplicateDialog</name>
    <message>
        <source>Mark %1 as a duplicate</source>
        <translation>Tandai %1 sebagai duplikat</translation>
    </message>
    <message>
        <source>No similar complaint of the same service and kecamatan is in the local cache.</source>
        <translation>Tidak ada aduan serupa dengan layanan dan kecamatan yang sama di cache lokal.</translation>
    </message>
    <message>
        <source>Similar complaints of the same service and kecamatan, the most similar first:</source>
        <translation>Aduan serupa dengan layanan dan kecamatan yang sama, yang paling mirip di atas:</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Catatan (opsional)</translation>
    </message>
    <message>
        <source>&amp;Mark as duplicate</source>
        <translation>&amp;Tandai sebagai duplikat</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>rabeg::DuplicateWatcher</name>
    <message>
        <source>Similar complaints cannot be looked up: %1</source>
        <translation>Aduan serupa tidak dapat dicari: %1</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>(tertunda)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>rabeg::EscalationPacketButton</name>
    <message>
        <source>The escalation packet cannot be made: %1</source>
        <translation>Berkas eskalasi tidak dapat dibuat: %1</translation>
    </message>
    <message numerus="yes">
        <source>The escalation packet of %1 was saved as %2 (%n day(s) overdue).</source>
        <translation>
            <numerusform>Berkas eskalasi %1 disimpan sebagai %2 (terlambat %n hari).</numerusform>
        </translation>
    </message>
    <message>
        <source>escalation-%1.pdf</source>
        <translation>eskalasi-%1.pdf</translation>
    </message>
    <message>
        <source>Save the escalation packet</source>
        <translation>Simpan berkas eskalasi</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Escalation packet (PDF)...</source>
        <translation>Berkas eskalasi (PDF)...</translation>
    </message>
    <message>
        <source>The complaint, its OPD, deadlines, days overdue and timeline for the Ombudsman (Ctrl+Shift+O)</source>
        <translation>Aduan, OPD-nya, tenggat, hari keterlambatan dan riwayat untuk Ombudsman (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Escalation packet for the Ombudsman</source>
        <translation>Berkas eskalasi untuk Ombudsman</translation>
    </message>
</context>
<context>
    <name>rabeg::HandoverDialog</name>
    <message>
        <source>Shift handover</source>
        <translation>Serah terima shift</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Serahkan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Open complaints of the leaving operator</source>
        <translation>Aduan terbuka milik operator yang menyerahkan</translation>
    </message>
    <message>
        <source>&amp;Reassign the ticked complaints</source>
        <translation>&amp;Serahkan aduan yang dicentang</translation>
    </message>
    <message>
        <source>&amp;Leaving operator</source>
        <translation>&amp;Yang menyerahkan</translation>
    </message>
    <message>
        <source>&amp;Taking over</source>
        <translation>Yang &amp;menerima</translation>
    </message>
    <message>
        <source>Every ticked complaint gets one assignment to the colleague taking over (Space ticks or unticks a row; Ctrl+Enter reassigns). Assignments are queued like any other command, so a handover works offline too.</source>
        <translation>Setiap aduan yang dicentang ditugaskan satu kali kepada rekan yang menerima (Spasi mencentang atau melepas centang baris; Ctrl+Enter menyerahkan). Penugasan diantrekan seperti perintah lain, sehingga serah terima juga berjalan saat luring.</translation>
    </message>
    <message>
        <source>The complaints could not be read from the local cache: %1</source>
        <translation>Aduan tidak dapat dibaca dari cache lokal: %1</translation>
    </message>
    <message>
        <source>%1 owns no open complaint: there is nothing to hand over.</source>
        <translation>%1 tidak memegang aduan terbuka: tidak ada yang perlu diserahkan.</translation>
    </message>
    <message>
        <source>%1 owns %2 open complaints.</source>
        <translation>%1 memegang %2 aduan terbuka.</translation>
    </message>
    <message>
        <source>Choose or type the colleague who takes over.</source>
        <translation>Pilih atau ketik nama rekan yang menerima.</translation>
    </message>
    <message>
        <source>%1 is the leaving operator: choose the colleague who takes over.</source>
        <translation>%1 adalah operator yang menyerahkan: pilih rekan yang menerima.</translation>
    </message>
    <message>
        <source>Tick at least one complaint that was not handed over yet.</source>
        <translation>Centang paling sedikit satu aduan yang belum diserahkan.</translation>
    </message>
    <message>
        <source>Shift handover from %1</source>
        <translation>Serah terima shift dari %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <source>No longer in this workstation&apos;s cache</source>
        <translation>Tidak lagi ada di cache komputer ini</translation>
    </message>
    <message>
        <source>Pending: queued, not yet confirmed by the hub</source>
        <translation>Tertunda: diantrekan, belum dikonfirmasi hub</translation>
    </message>
    <message>
        <source>Confirmed: %1 owns it</source>
        <translation>Dikonfirmasi: milik %1</translation>
    </message>
    <message>
        <source>Confirmed, but %1 owns it now</source>
        <translation>Dikonfirmasi, tetapi kini milik %1</translation>
    </message>
    <message>
        <source>Handed over to %1: %2 sent, %3 confirmed by the hub, %4 pending, %5 refused.</source>
        <translation>Diserahkan kepada %1: %2 dikirim, %3 dikonfirmasi hub, %4 tertunda, %5 ditolak.</translation>
    </message>
</context>
<context>
    <name>rabeg::HistoryTimeline</name>
    <message>
        <source>sending</source>
        <translation>mengirim</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>tertunda</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>konflik</translation>
    </message>
    <message>
        <source>refused by the hub</source>
        <translation>ditolak hub</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>ditahan</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>belum dikonfirmasi</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Peristiwa</translation>
    </message>
</context>
<context>
    <name>rabeg::IdentityPanel</name>
    <message>
        <source>Hidden (anonim): the reporter asked to stay anonymous. You may reveal the identity with a stated reason; the reveal is recorded.</source>
        <translation>Disembunyikan (anonim): pelapor meminta tetap anonim. Anda boleh membuka identitasnya dengan alasan yang dinyatakan; pembukaan itu dicatat.</translation>
    </message>
    <message>
        <source>Hidden (anonim): the reporter asked to stay anonymous. Only a supervisor or an admin may reveal the identity, with a stated reason.</source>
        <translation>Disembunyikan (anonim): pelapor meminta tetap anonim. Hanya supervisor atau admin yang boleh membuka identitasnya, dengan alasan yang dinyatakan.</translation>
    </message>
    <message>
        <source>Your role may not see reporters&apos; identities.</source>
        <translation>Peran Anda tidak boleh melihat identitas pelapor.</translation>
    </message>
    <message>
        <source>Withheld: asked of the hub when you need it, shown here only, never kept on this workstation.</source>
        <translation>Ditahan: diminta dari hub saat Anda membutuhkannya, hanya ditampilkan di sini, tidak pernah disimpan di workstation ini.</translation>
    </message>
    <message>
        <source>Asking the hub…</source>
        <translation>Meminta ke hub…</translation>
    </message>
    <message>
        <source>Not signed in to the hub yet: wait for the first sync, then try again.</source>
        <translation>Belum masuk ke hub: tunggu sinkronisasi pertama, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The hub has ended your session. Log in again, then ask once more.</source>
        <translation>Hub telah mengakhiri sesi Anda. Masuk lagi, lalu minta sekali lagi.</translation>
    </message>
    <message>
        <source>Hidden (anonim): the reporter asked to stay anonymous.</source>
        <translation>Disembunyikan (anonim): pelapor meminta tetap anonim.</translation>
    </message>
    <message>
        <source>The hub did not give the identity (%1): %2</source>
        <translation>Hub tidak memberikan identitas (%1): %2</translation>
    </message>
    <message>
        <source>The hub holds no identity for this reporter (none was recorded, or the retention period has removed it).</source>
        <translation>Hub tidak menyimpan identitas pelapor ini (tidak pernah dicatat, atau sudah dihapus karena masa retensi).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Unmasked text</source>
        <translation>Teks tanpa samaran</translation>
    </message>
    <message>
        <source>Revealed once, with your reason recorded on the hub; not kept here: it goes when you leave this complaint.</source>
        <translation>Dibuka sekali, dengan alasan Anda tercatat di hub; tidak disimpan di sini: hilang saat Anda meninggalkan aduan ini.</translation>
    </message>
    <message>
        <source>From the hub (this view is recorded in its audit log); not kept here: it goes when you leave this complaint.</source>
        <translation>Dari hub (tampilan ini dicatat di log auditnya); tidak disimpan di sini: hilang saat Anda meninggalkan aduan ini.</translation>
    </message>
    <message>
        <source>Reporter identity</source>
        <translation>Identitas pelapor</translation>
    </message>
    <message>
        <source>Show reporter identity</source>
        <translation>Tampilkan identitas pelapor</translation>
    </message>
    <message>
        <source>Ask the hub for the reporter&apos;s name, NIK, phone, e-mail, address and the unmasked text; recorded in its audit log, never kept here (Ctrl+Shift+I)</source>
        <translation>Minta ke hub nama, NIK, telepon, surel, alamat pelapor dan teks tanpa samaran; dicatat di log auditnya, tidak pernah disimpan di sini (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Reveal identity…</source>
        <translation>Buka identitas…</translation>
    </message>
    <message>
        <source>Reveal an anonymous reporter&apos;s identity with a stated reason; recorded in the history and the audit log (Ctrl+Shift+U)</source>
        <translation>Buka identitas pelapor anonim dengan alasan yang dinyatakan; dicatat di riwayat dan log audit (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Reveal the anonymous reporter&apos;s identity</source>
        <translation>Buka identitas pelapor anonim</translation>
    </message>
    <message>
        <source>Reporter identity from the hub</source>
        <translation>Identitas pelapor dari hub</translation>
    </message>
    <message>
        <source>Withheld: asked of the hub when you need it, or opened from this workstation&apos;s encrypted copy when you are offline and have seen it before; every view is recorded.</source>
        <translation>Dirahasiakan: diminta ke hub saat Anda membutuhkannya, atau dibuka dari salinan terenkripsi di workstation ini saat Anda luring dan pernah melihatnya; setiap tampilan dicatat.</translation>
    </message>
    <message>
        <source>From this workstation&apos;s encrypted copy, offline. This view is recorded here and sent to the hub&apos;s audit log when you are online again.</source>
        <translation>Dari salinan terenkripsi di workstation ini, luring. Tampilan ini dicatat di sini dan dikirim ke log audit hub saat Anda daring kembali.</translation>
    </message>
    <message>
        <source>From the hub (this view is recorded in its audit log); an encrypted copy is kept on this workstation so you can see it offline.</source>
        <translation>Dari hub (tampilan ini dicatat di log auditnya); salinan terenkripsi disimpan di workstation ini agar Anda dapat melihatnya saat luring.</translation>
    </message>
    <message>
        <source>This workstation&apos;s encrypted copy of the identity cannot be opened (%1); nothing is shown. Ask the hub when you are online.</source>
        <translation>Salinan terenkripsi identitas di workstation ini tidak dapat dibuka (%1); tidak ada yang ditampilkan. Mintalah ke hub saat Anda daring.</translation>
    </message>
    <message>
        <source>The view could not be recorded on this workstation (%1).</source>
        <translation>Tampilan ini tidak dapat dicatat di workstation ini (%1).</translation>
    </message>
    <message>
        <source>Showing this reporter&apos;s identity needs the hub, which cannot be reached now: this workstation keeps an encrypted copy only of the identities you have seen online. Try again when you are online.</source>
        <translation>Menampilkan identitas pelapor ini memerlukan hub, yang sekarang tidak dapat dihubungi: workstation ini hanya menyimpan salinan terenkripsi identitas yang pernah Anda lihat saat daring. Coba lagi saat Anda daring.</translation>
    </message>
    <message>
        <source>Showing the reporter&apos;s identity needs the hub: without a system keychain it is never kept on this workstation. Try again when you are online.</source>
        <translation>Menampilkan identitas pelapor memerlukan hub: tanpa keychain sistem, identitas tidak pernah disimpan di workstation ini. Coba lagi saat Anda daring.</translation>
    </message>
    <message>
        <source>Showing the reporter&apos;s identity needs the hub: it is never kept on this workstation. Try again when you are online.</source>
        <translation>Menampilkan identitas pelapor memerlukan hub: identitas tidak pernah disimpan di workstation ini. Coba lagi saat Anda daring.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>Hub menolak: %1</translation>
    </message>
</context>
<context>
    <name>rabeg::InboxFilterBar</name>
    <message>
        <source>All states</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All OPDs</source>
        <translation>Semua OPD</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>Saringan tersimpan…</translation>
    </message>
    <message>
        <source>Save these filters</source>
        <translation>Simpan saringan ini</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Search titles and texts (Ctrl+F); &quot;quotes&quot; for a phrase</source>
        <translation>Cari judul dan isi aduan (Ctrl+F); &quot;tanda kutip&quot; untuk frasa</translation>
    </message>
    <message>
        <source>&amp;Escalated only</source>
        <translation>Hanya yang di&amp;eskalasi</translation>
    </message>
    <message>
        <source>&amp;Pending here</source>
        <translation>&amp;Perintah tertunda</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Simpan…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Bersihkan</translation>
    </message>
    <message>
        <source>Overd&amp;ue only</source>
        <translation>Hanya yang te&amp;rlambat</translation>
    </message>
    <message>
        <source>Complaints with a deadline clock past its due time at hub time</source>
        <translation>Aduan yang salah satu pengukur waktunya sudah melewati tenggat menurut waktu hub</translation>
    </message>
    <message>
        <source>Search complaints</source>
        <translation>Cari aduan</translation>
    </message>
    <message>
        <source>Chosen complaints</source>
        <translation>Aduan terpilih</translation>
    </message>
    <message>
        <source>Only: %1 (%2)</source>
        <translation>Hanya: %1 (%2)</translation>
    </message>
    <message>
        <source>Show all complaints again</source>
        <translation>Tampilkan lagi semua aduan</translation>
    </message>
    <message>
        <source>Remove the filter: %1</source>
        <translation>Hapus saringan: %1</translation>
    </message>
    <message>
        <source>Only these complaints: %1</source>
        <translation>Hanya aduan ini: %1</translation>
    </message>
    <message>
        <source>Stalled onl&amp;y</source>
        <translation>Hanya &amp;yang macet</translation>
    </message>
    <message>
        <source>Complaints whose SOP checklist is stalled at hub time, as on the stall board</source>
        <translation>Aduan yang daftar periksa SOP-nya macet pada waktu hub, seperti di papan aduan macet</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>Tugas &amp;saya</translation>
    </message>
    <message>
        <source>Complaints you own (claimed, or assigned to you), as the hub last confirmed</source>
        <translation>Aduan yang Anda pegang (diambil alih, atau ditugaskan kepada Anda), menurut konfirmasi terakhir hub</translation>
    </message>
</context>
<context>
    <name>rabeg::InboxModel</name>
    <message>
        <source>The local cache cannot be read. Close Rabeg and check the disk; details are in the log.</source>
        <translation>Cache lokal tidak dapat dibaca. Tutup Rabeg dan periksa disk; rinciannya ada di log.</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Ombudsman</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Rahasia</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Tenggat terdekat</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message numerus="yes">
        <source>stalled: step %1 for %n working day(s)</source>
        <translation>
            <numerusform>langkah %1 macet %n hari kerja</numerusform>
        </translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
</context>
<context>
    <name>rabeg::InboxView</name>
    <message>
        <source>Inbox — %1 complaints in the local cache</source>
        <translation>Kotak masuk — %1 aduan di cache lokal</translation>
    </message>
    <message>
        <source>Escalated to the Ombudsman — %1 complaints</source>
        <translation>Dieskalasi ke Ombudsman — %1 aduan</translation>
    </message>
    <message>
        <source>%1 — %2 complaints</source>
        <translation>%1 — %2 aduan</translation>
    </message>
    <message>
        <source>Inbox — %1 complaints match</source>
        <translation>Kotak masuk — %1 aduan cocok</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Daftar aduan</translation>
    </message>
    <message>
        <source>Chosen complaints</source>
        <translation>Aduan terpilih</translation>
    </message>
</context>
<context>
    <name>rabeg::IntakeDialog</name>
    <message>
        <source>New complaint (walk-in, phone)</source>
        <translation>Aduan baru (datang langsung, telepon)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Kirim</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Kirim: Ctrl+Enter</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Aduan</translation>
    </message>
    <message>
        <source>A few words: what, where</source>
        <translation>Beberapa kata: apa, di mana</translation>
    </message>
    <message>
        <source>The complaint as the reporter told it</source>
        <translation>Aduan sebagaimana disampaikan pelapor</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(belum diketahui)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <source>Street, RT/RW, landmark</source>
        <translation>Jalan, RT/RW, patokan</translation>
    </message>
    <message>
        <source>&amp;Anonim: hide the reporter from OPDs and operators</source>
        <translation>&amp;Anonim: sembunyikan pelapor dari OPD dan operator</translation>
    </message>
    <message>
        <source>&amp;Rahasia: the complaint is never public</source>
        <translation>&amp;Rahasia: aduan tidak pernah dipublikasikan</translation>
    </message>
    <message>
        <source>Received &amp;earlier (WIB):</source>
        <translation>Diterima se&amp;belumnya (WIB):</translation>
    </message>
    <message>
        <source>Only when the complaint arrived before now (a phone call noted on paper): within the last 30 days. Without it the hub&apos;s time of arrival counts.</source>
        <translation>Hanya bila aduan masuk sebelum saat ini (telepon yang dicatat di kertas): dalam 30 hari terakhir. Tanpa ini, yang berlaku adalah waktu aduan tiba di hub.</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Kana&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>I&amp;si:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>La&amp;yanan:</translation>
    </message>
    <message>
        <source>&amp;Kecamatan:</source>
        <translation>Ke&amp;camatan:</translation>
    </message>
    <message>
        <source>Ke&amp;lurahan:</source>
        <translation>Kel&amp;urahan:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Ala&amp;mat:</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>16 digits, from the KTP-el</source>
        <translation>16 angka, dari KTP-el</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;NIK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Sur&amp;el:</translation>
    </message>
    <message>
        <source>Similar complaints in the cache</source>
        <translation>Aduan serupa di cache</translation>
    </message>
    <message>
        <source>Complaints that share the words typed (and the service and kecamatan chosen): maybe the same complaint, already received.</source>
        <translation>Aduan yang memuat kata-kata yang diketik (serta layanan dan kecamatan yang dipilih): mungkin aduan yang sama, yang sudah diterima.</translation>
    </message>
    <message>
        <source>Taken in since this form opened</source>
        <translation>Diterima sejak formulir ini dibuka</translation>
    </message>
    <message numerus="yes">
        <source>%n of 16 digits</source>
        <translation>
            <numerusform>%n dari 16 angka</numerusform>
        </translation>
    </message>
    <message>
        <source>The identity is sent to the hub, sealed there, and never written to this computer&apos;s disk. Until the hub has the complaint it is held in memory only: if Rabeg closes before the hub is reached, it is lost and must be typed again (the complaint itself is kept).</source>
        <translation>Identitas dikirim ke hub, disegel di sana, dan tidak pernah ditulis ke disk komputer ini. Sampai hub menerima aduan, identitas hanya disimpan di memori: bila Rabeg ditutup sebelum hub terhubung, identitas hilang dan harus diketik ulang (aduannya sendiri tetap tersimpan).</translation>
    </message>
    <message>
        <source>Leave the reporter empty for an anonymous walk-in with no identity.</source>
        <translation>Kosongkan data pelapor untuk pelapor datang langsung tanpa identitas.</translation>
    </message>
    <message>
        <source>Only operators and supervisors of the command center take in complaints.</source>
        <translation>Hanya operator dan supervisor pusat komando yang menerima aduan.</translation>
    </message>
    <message>
        <source>The complaint could not be kept on this computer: %1</source>
        <translation>Aduan tidak dapat disimpan di komputer ini: %1</translation>
    </message>
    <message>
        <source>Queued: a new complaint (%1), waiting for the hub&apos;s tracking number.</source>
        <translation>Diantrekan: aduan baru (%1), menunggu nomor aduan dari hub.</translation>
    </message>
    <message>
        <source>Received at (WIB)</source>
        <translation>Waktu diterima (WIB)</translation>
    </message>
    <message>
        <source>The identity is sent to the hub and sealed there. Until the hub has the complaint it is kept on this computer encrypted only (the key in the system keychain), and deleted once the hub has it.</source>
        <translation>Identitas dikirim ke hub dan disegel di sana. Sampai hub menerima aduan, identitas hanya disimpan terenkripsi di komputer ini (kuncinya di penyimpanan kunci sistem), lalu dihapus setelah hub menerimanya.</translation>
    </message>
</context>
<context>
    <name>rabeg::IntakeLauncher</name>
    <message numerus="yes">
        <source>%n reporter identity(ies) in memory only, not yet on the hub: lost if Rabeg closes now</source>
        <translation>
            <numerusform>%n identitas pelapor hanya di memori, belum di hub: hilang bila Rabeg ditutup sekarang</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New complaint (walk-in, phone)…</source>
        <translation>Aduan &amp;baru (datang langsung, telepon)…</translation>
    </message>
    <message>
        <source>Take in a complaint brought to the office or phoned in; works offline</source>
        <translation>Terima aduan yang disampaikan di kantor atau lewat telepon; bisa luring</translation>
    </message>
    <message>
        <source>Reporter identities not yet on the hub</source>
        <translation>Identitas pelapor belum sampai di hub</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) taken in here wait for the hub with the reporter&apos;s identity held in memory only. If Rabeg closes now, the complaints are still sent later, but without their identities: those must be typed in again.</source>
        <translation>
            <numerusform>%n aduan yang diterima di sini menunggu hub, dengan identitas pelapor yang hanya disimpan di memori. Bila Rabeg ditutup sekarang, aduan tetap dikirim nanti, tetapi tanpa identitasnya: identitas itu harus diketik ulang.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Rabeg open</source>
        <translation>&amp;Biarkan Rabeg terbuka</translation>
    </message>
    <message>
        <source>&amp;Close and lose them</source>
        <translation>&amp;Tutup, identitas hilang</translation>
    </message>
</context>
<context>
    <name>rabeg::IntakeLedger</name>
    <message>
        <source>%1 — on the hub as %2</source>
        <translation>%1 — di hub sebagai %2</translation>
    </message>
    <message>
        <source>%1 — refused by the hub: %2</source>
        <translation>%1 — ditolak hub: %2</translation>
    </message>
    <message>
        <source>%1 — pending, waiting for the hub. The reporter&apos;s identity is held in memory only: it is lost if Rabeg closes before the hub is reached.</source>
        <translation>%1 — tertunda, menunggu hub. Identitas pelapor hanya disimpan di memori: hilang bila Rabeg ditutup sebelum hub terhubung.</translation>
    </message>
    <message>
        <source>%1 — pending, waiting for the hub (no tracking number yet).</source>
        <translation>%1 — tertunda, menunggu hub (belum ada nomor aduan).</translation>
    </message>
    <message>
        <source>%1 — pending, waiting for the hub. The reporter&apos;s identity is kept encrypted on this computer until the hub has it.</source>
        <translation>%1 — tertunda, menunggu hub. Identitas pelapor disimpan terenkripsi di komputer ini sampai hub menerimanya.</translation>
    </message>
</context>
<context>
    <name>rabeg::KeymapDialog</name>
    <message>
        <source>Keys</source>
        <translation>Daftar tombol</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Every action is also in the command palette (Ctrl+K). The full keymap is in docs/keymap.md.</source>
        <translation>Semua tindakan juga ada di palet perintah (Ctrl+K). Daftar tombol lengkap ada di docs/keymap.md.</translation>
    </message>
</context>
<context>
    <name>rabeg::LaporExportDialog</name>
    <message>
        <source>Save the follow-ups for LAPOR!</source>
        <translation>Simpan tindak lanjut untuk LAPOR!</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: %1</source>
        <translation>Cache lokal tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>%1 follow-ups since %2 written to %3.</source>
        <translation>%1 tindak lanjut sejak %2 ditulis ke %3.</translation>
    </message>
    <message>
        <source>Export follow-ups for LAPOR!</source>
        <translation>Ekspor tindak lanjut untuk LAPOR!</translation>
    </message>
    <message>
        <source>What the city did about complaints that came from LAPOR! (dispatched, acknowledged by the OPD, the response to the reporter, closed, escalated, forwarded, rejected), keyed by LAPOR! tracking id, as a CSV file to upload to LAPOR!. Only what this workstation has synced is included.</source>
        <translation>Tindakan Pemkot atas aduan yang berasal dari LAPOR! (didisposisikan, diterima OPD, tanggapan untuk pelapor, selesai, dieskalasi, diteruskan, ditolak), menurut nomor pelacakan LAPOR!, sebagai berkas CSV untuk diunggah ke LAPOR!. Hanya data yang sudah disinkronkan komputer ini yang disertakan.</translation>
    </message>
    <message>
        <source>&amp;Since (WIB):</source>
        <translation>&amp;Sejak (WIB):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
</context>
<context>
    <name>rabeg::LaporImportDialog</name>
    <message>
        <source>Open a LAPOR! export</source>
        <translation>Buka ekspor LAPOR!</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Berkas CSV (*.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Unknown layout: choose the columns for %1 below (the first rows are shown to help).</source>
        <translation>Tata letak tidak dikenal: pilih kolom untuk %1 di bawah (beberapa baris pertama ditampilkan sebagai bantuan).</translation>
    </message>
    <message>
        <source>The default LAPOR! layout, as mapped before.</source>
        <translation>Tata letak bawaan LAPOR!, seperti dipetakan sebelumnya.</translation>
    </message>
    <message>
        <source>A layout mapped before on this workstation: its saved mapping is used.</source>
        <translation>Tata letak yang pernah dipetakan di komputer ini: pemetaan tersimpannya dipakai.</translation>
    </message>
    <message>
        <source>The default LAPOR! export layout: every column recognised.</source>
        <translation>Tata letak bawaan ekspor LAPOR!: semua kolom dikenali.</translation>
    </message>
    <message>
        <source>Mapped by hand: the mapping is saved for this layout when you import.</source>
        <translation>Dipetakan manual: pemetaan disimpan untuk tata letak ini saat Anda mengimpor.</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: %1</source>
        <translation>Cache lokal tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new complaints and %3 status changes queued for the hub, %4 unchanged, %5 not applied, %6 rows not readable.</source>
        <translation>%1 baris dibaca: %2 aduan baru dan %3 perubahan status diantrekan untuk hub, %4 tidak berubah, %5 tidak diterapkan, %6 baris tidak terbaca.</translation>
    </message>
    <message>
        <source>Not applied, row %1 (%2): %3</source>
        <translation>Tidak diterapkan, baris %1 (%2): %3</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Baris %1 (%2): %3</translation>
    </message>
    <message>
        <source>Row %1 not read: %2</source>
        <translation>Baris %1 tidak terbaca: %2</translation>
    </message>
    <message>
        <source>Row %1 not read, column &quot;%2&quot;: %3</source>
        <translation>Baris %1 tidak terbaca, kolom &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Import a LAPOR! export</source>
        <translation>Impor ekspor LAPOR!</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Hasil:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Choose a LAPOR! export saved as CSV (UTF-8). Its reports are queued for the hub; importing the same export again changes nothing.</source>
        <translation>Pilih ekspor LAPOR! yang disimpan sebagai CSV (UTF-8). Laporannya diantrekan untuk hub; mengimpor ekspor yang sama lagi tidak mengubah apa pun.</translation>
    </message>
    <message numerus="yes">
        <source>%n reporters&apos; names are held in memory until the hub takes their reports in, and never written to this workstation&apos;s disk: they are lost if Rabeg closes before that.</source>
        <translation>
            <numerusform>%n nama pelapor disimpan di memori sampai hub menerima laporannya, dan tidak pernah ditulis ke disk komputer ini: nama itu hilang bila Rabeg ditutup sebelumnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporters&apos; names were not imported (no hub in this session); they stay in LAPOR!.</source>
        <translation>
            <numerusform>%n nama pelapor tidak diimpor (tidak ada hub dalam sesi ini); nama itu tetap ada di LAPOR!.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rabeg::LaporMappingEditor</name>
    <message>
        <source>(not in this file)</source>
        <translation>(tidak ada di berkas ini)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(tidak dipakai)</translation>
    </message>
    <message>
        <source>The first rows of the file. Each column&apos;s header says which field it fills; fields marked * are required.</source>
        <translation>Baris-baris pertama berkas. Judul setiap kolom menunjukkan isian yang diisinya; isian bertanda * wajib diisi.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Baris pertama berkas</translation>
    </message>
</context>
<context>
    <name>rabeg::LaporMenu</name>
    <message>
        <source>&amp;LAPOR!</source>
        <translation>LAP&amp;OR!</translation>
    </message>
    <message>
        <source>&amp;Import a LAPOR! export…</source>
        <translation>&amp;Impor ekspor LAPOR!…</translation>
    </message>
    <message>
        <source>&amp;Export follow-ups for LAPOR!…</source>
        <translation>&amp;Ekspor tindak lanjut untuk LAPOR!…</translation>
    </message>
</context>
<context>
    <name>rabeg::LogView</name>
    <message>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <source>error</source>
        <translation>kesalahan</translation>
    </message>
    <message>
        <source>info</source>
        <translation>informasi</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>WIB</source>
        <translation>WIB</translation>
    </message>
</context>
<context>
    <name>rabeg::LoginDialog</name>
    <message>
        <source>Enter your user name on the hub.</source>
        <translation>Masukkan nama pengguna Anda di hub.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Masukkan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Rabeg — log in again</source>
        <translation>Rabeg — masuk kembali</translation>
    </message>
    <message>
        <source>Rabeg — log in</source>
        <translation>Rabeg — masuk</translation>
    </message>
    <message>
        <source>&amp;Hub address</source>
        <translation>&amp;Alamat hub</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>&amp;Otoritas sertifikat</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Bekerja &amp;luring</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
</context>
<context>
    <name>rabeg::LoginFlow</name>
    <message>
        <source>Using the session kept in the system keychain for %1.</source>
        <translation>Memakai sesi yang tersimpan di penyimpanan kunci sistem (keychain) untuk %1.</translation>
    </message>
    <message>
        <source>Log &amp;in again…</source>
        <translation>&amp;Masuk kembali…</translation>
    </message>
    <message>
        <source>Log &amp;out and forget the session</source>
        <translation>&amp;Akhiri dan lupakan sesi</translation>
    </message>
    <message>
        <source>The hub has ended your session, or did not accept the password. Enter your password to go on; what you have queued on this workstation is kept.</source>
        <translation>Hub telah mengakhiri sesi Anda atau tidak menerima kata sandi. Masukkan kata sandi untuk melanjutkan; perintah yang sudah diantrekan di komputer ini tetap tersimpan.</translation>
    </message>
    <message>
        <source>The hub could not end the session (%1). It ends there by itself within 12 hours, or when an administrator revokes it.</source>
        <translation>Hub tidak dapat mengakhiri sesi (%1). Sesi itu berakhir sendiri di hub dalam 12 jam, atau saat administrator mencabutnya.</translation>
    </message>
    <message>
        <source>This session will not be remembered: the system keychain cannot be used (see Log).</source>
        <translation>Sesi ini tidak akan diingat: keychain sistem tidak dapat dipakai (lihat Log).</translation>
    </message>
</context>
<context>
    <name>rabeg::MainWindow</name>
    <message>
        <source>Rabeg — Kota Serang complaint command center</source>
        <translation>Rabeg — Pusat komando aduan Kota Serang</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Bant&amp;uan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;About Rabeg</source>
        <translation>&amp;Tentang Rabeg</translation>
    </message>
    <message>
        <source>Local cache: %1</source>
        <translation>Cache lokal: %1</translation>
    </message>
    <message>
        <source>About Rabeg</source>
        <translation>Tentang Rabeg</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rabeg&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The command center for public-service complaints of Kota Serang (SP4N-LAPOR!).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rabeg&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Pusat komando aduan pelayanan publik Kota Serang (SP4N-LAPOR!).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(TRAINING)</source>
        <translation>(PELATIHAN)</translation>
    </message>
    <message>
        <source>(DEMO DATA)</source>
        <translation>(DATA DEMO)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>Kotak &amp;masuk</translation>
    </message>
    <message>
        <source>&amp;Complaints of %1</source>
        <translation>&amp;Aduan %1</translation>
    </message>
    <message>
        <source>Dispatched to %1</source>
        <translation>Didisposisikan ke %1</translation>
    </message>
    <message>
        <source>&amp;Routing queue</source>
        <translation>Antrean &amp;disposisi</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>T&amp;indakan</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Search the inbox</source>
        <translation>&amp;Cari di kotak masuk</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Buka kotak masuk</translation>
    </message>
    <message>
        <source>Go to the routing queue</source>
        <translation>Buka antrean disposisi</translation>
    </message>
    <message>
        <source>Go to the log</source>
        <translation>Buka log</translation>
    </message>
    <message>
        <source>Dispatch the selected complaints (routing queue)…</source>
        <translation>Disposisikan aduan yang dipilih (antrean disposisi)…</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>&amp;Palet perintah…</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Daftar tombol</translation>
    </message>
    <message>
        <source>Stall board</source>
        <translation>Papan aduan macet</translation>
    </message>
    <message>
        <source>SOP templates</source>
        <translation>Templat SOP</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>Go to the stall board</source>
        <translation>Buka papan aduan macet</translation>
    </message>
    <message>
        <source>Go to the SOP templates</source>
        <translation>Buka templat SOP</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Go to the dashboard</source>
        <translation>Buka dasbor</translation>
    </message>
    <message>
        <source>the class&apos;s complaints arrive as the trainer runs its clock</source>
        <translation>aduan kelas masuk saat pelatih menjalankan jam kelas</translation>
    </message>
    <message>
        <source>Actions on the complaint</source>
        <translation>Tindakan atas aduan</translation>
    </message>
</context>
<context>
    <name>rabeg::NotificationList</name>
    <message>
        <source>Notification</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>When (WIB)</source>
        <translation>Waktu (WIB)</translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Tidak ada notifikasi yang belum dibaca</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n belum dibaca</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Tandai semua dibaca</translation>
    </message>
    <message>
        <source>Mute…</source>
        <translation>Bisukan…</translation>
    </message>
    <message>
        <source>Choose the kinds of notification you do not want to receive</source>
        <translation>Pilih jenis notifikasi yang tidak ingin Anda terima</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
</context>
<context>
    <name>rabeg::OpdPanel</name>
    <message>
        <source>Done: %1 %2. Every workstation shows it after its next sync.</source>
        <translation>Selesai: %1 %2. Setiap workstation menampilkannya setelah sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The OPDs in this workstation&apos;s cache cannot be read: %1</source>
        <translation>Daftar OPD di cache workstation ini tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>External agency</source>
        <translation>Instansi eksternal</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Mengirim...</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <source>Deactivate (kept for its complaints)</source>
        <translation>Nonaktifkan (tetap ada untuk aduannya)</translation>
    </message>
    <message>
        <source>Change an OPD or an external agency</source>
        <translation>Ubah OPD atau instansi eksternal</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>e.g. DISPORA</source>
        <translation>mis. DISPORA</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Alasan (wajib)</translation>
    </message>
    <message>
        <source>Send to the hub</source>
        <translation>Kirim ke hub</translation>
    </message>
    <message>
        <source>OPDs and external agencies</source>
        <translation>OPD dan instansi eksternal</translation>
    </message>
    <message>
        <source>OPDs and agencies</source>
        <translation>OPD dan instansi</translation>
    </message>
</context>
<context>
    <name>rabeg::OperatorSession</name>
    <message>
        <source>The complaint cannot be read from the local cache: %1</source>
        <translation>Aduan tidak dapat dibaca dari cache lokal: %1</translation>
    </message>
    <message>
        <source>This complaint is not in the local cache.</source>
        <translation>Aduan ini tidak ada di cache lokal.</translation>
    </message>
    <message>
        <source>An earlier command on this complaint is stopped by a conflict or a refusal. Retry or discard it first (in the complaint&apos;s detail).</source>
        <translation>Perintah sebelumnya pada aduan ini terhenti karena konflik atau penolakan. Kirim lagi atau buang perintah itu terlebih dahulu (di rincian aduan).</translation>
    </message>
    <message>
        <source>Refused here, not sent: %1 %2 — %3</source>
        <translation>Ditolak di sini, tidak dikirim: %1 %2 — %3</translation>
    </message>
    <message>
        <source>Queued: %1 %2</source>
        <translation>Diantrekan: %1 %2</translation>
    </message>
    <message>
        <source>Discarded: %1 (%2)</source>
        <translation>Dibuang: %1 (%2)</translation>
    </message>
    <message>
        <source>Sent again: %1</source>
        <translation>Dikirim lagi: %1</translation>
    </message>
</context>
<context>
    <name>rabeg::PolicyVersionList</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>Kebijakan SLA</translation>
    </message>
    <message>
        <source>Published &amp;versions (who changed what; from the hub&apos;s log, as synced)</source>
        <translation>&amp;Versi terbit (siapa mengubah apa; dari log hub, sesuai sinkronisasi)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Diterbitkan oleh</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Published versions of the SLA policy and the calendar</source>
        <translation>Versi terbit kebijakan SLA dan kalender</translation>
    </message>
</context>
<context>
    <name>rabeg::PublishBar</name>
    <message>
        <source>Why this version is published</source>
        <translation>Alasan versi ini diterbitkan</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Publish version</source>
        <translation>&amp;Terbitkan versi</translation>
    </message>
</context>
<context>
    <name>rabeg::ReasonDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Ca&amp;tatan</translation>
    </message>
    <message>
        <source>&quot;Other&quot; needs a note that explains it.</source>
        <translation>&quot;Lainnya&quot; harus disertai catatan yang menjelaskannya.</translation>
    </message>
    <message>
        <source>&amp;Message to the reporter</source>
        <translation>&amp;Pesan untuk pelapor</translation>
    </message>
</context>
<context>
    <name>rabeg::ReferenceAdminClient</name>
    <message>
        <source>Not signed in to the hub yet: wait for the first sync, then try again.</source>
        <translation>Belum masuk ke hub: tunggu sinkronisasi pertama, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The hub refused the change: %1</source>
        <translation>Hub menolak perubahan: %1</translation>
    </message>
</context>
<context>
    <name>rabeg::ReportMenu</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>&amp;Weekly report…</source>
        <translation>Laporan &amp;mingguan…</translation>
    </message>
    <message>
        <source>W&amp;all display</source>
        <translation>Layar &amp;dinding</translation>
    </message>
</context>
<context>
    <name>rabeg::ReporterAnswerDialog</name>
    <message>
        <source>The reporter answered: %1</source>
        <translation>Pelapor menjawab: %1</translation>
    </message>
    <message>
        <source>Take down what the reporter said. The complaint goes back to triage and its paused deadlines run again.</source>
        <translation>Catat apa yang disampaikan pelapor. Aduan kembali ke triase dan tenggat yang dijeda berjalan lagi.</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Jawaban</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
</context>
<context>
    <name>rabeg::ResponseDialog</name>
    <message>
        <source>Respond to %1</source>
        <translation>Jawab aduan %1</translation>
    </message>
    <message>
        <source>Only if critical SOP steps are still open: why respond anyway</source>
        <translation>Hanya jika langkah SOP kritis belum selesai: alasan tetap menanggapi</translation>
    </message>
    <message>
        <source>&amp;Send the response</source>
        <translation>&amp;Kirim tanggapan</translation>
    </message>
    <message>
        <source>What the OPD did or will do (the reporter reads this):</source>
        <translation>Apa yang sudah atau akan dilakukan OPD (dibaca oleh pelapor):</translation>
    </message>
    <message>
        <source>Response to the reporter</source>
        <translation>Tanggapan untuk pelapor</translation>
    </message>
    <message>
        <source>Reason to respond anyway</source>
        <translation>Alasan tetap menanggapi</translation>
    </message>
</context>
<context>
    <name>rabeg::RevealDialog</name>
    <message>
        <source>Reveal the reporter&apos;s identity — %1</source>
        <translation>Buka identitas pelapor — %1</translation>
    </message>
    <message>
        <source>Reveal an anonymous reporter&apos;s identity</source>
        <translation>Buka identitas pelapor anonim</translation>
    </message>
    <message>
        <source>The reporter of %1 asked to stay anonymous. Revealing the identity is recorded in the complaint&apos;s history (your name and the reason, never the reporter&apos;s) and in the hub&apos;s audit log for the Ombudsman. The identity is shown once and not kept on this workstation.</source>
        <translation>Pelapor %1 meminta tetap anonim. Pembukaan identitas dicatat di riwayat aduan (nama Anda dan alasannya, tidak pernah nama pelapor) dan di log audit hub untuk Ombudsman. Identitas ditampilkan sekali dan tidak disimpan di workstation ini.</translation>
    </message>
    <message>
        <source>&amp;Reason (for example a police request and its letter number):</source>
        <translation>&amp;Alasan (misalnya permintaan kepolisian dan nomor suratnya):</translation>
    </message>
    <message>
        <source>Reason for the reveal</source>
        <translation>Alasan pembukaan</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Reveal the identity</source>
        <translation>Buka identitas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>rabeg::RouteDialog</name>
    <message>
        <source>Type to filter</source>
        <translation>Ketik untuk menyaring</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Catatan (opsional)</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Saring daftar</translation>
    </message>
    <message>
        <source>OPDs and agencies</source>
        <translation>OPD dan instansi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>rabeg::RoutingAdvice</name>
    <message numerus="yes">
        <source>Routing suggestions learned from %n resolved complaints.</source>
        <translation>
            <numerusform>Saran disposisi dipelajari dari %n aduan yang sudah selesai.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rabeg::RoutingQueueModel</name>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>%1 (not our authority)</source>
        <translation>%1 (bukan wewenang)</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>Dikembalikan oleh %1: %2</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Disarankan</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>table rule</source>
        <translation>aturan tabel</translation>
    </message>
</context>
<context>
    <name>rabeg::RoutingQueueView</name>
    <message>
        <source>Routing queue — %1 verified complaints waiting for a dispatch</source>
        <translation>Antrean disposisi — %1 aduan terverifikasi menunggu disposisi</translation>
    </message>
    <message>
        <source>(the oldest %1 shown)</source>
        <translation>(ditampilkan %1 yang terlama)</translation>
    </message>
    <message>
        <source>Dispatch the selected… (Ctrl+Shift+D)</source>
        <translation>Disposisikan yang dipilih… (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Routing queue</source>
        <translation>Antrean disposisi</translation>
    </message>
</context>
<context>
    <name>rabeg::RoutingTablePanel</name>
    <message>
        <source>Published version %1. Every workstation takes it at its next sync.</source>
        <translation>Versi %1 telah diterbitkan. Setiap workstation memakainya mulai sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The routing table in this workstation&apos;s cache cannot be read: %1</source>
        <translation>Tabel disposisi di cache workstation ini tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Version 0 in force: the shipped table (every service to its usual OPD).</source>
        <translation>Berlaku versi 0: tabel bawaan Rabeg (setiap layanan ke OPD yang biasa menanganinya).</translation>
    </message>
    <message>
        <source>Version %1 in force, published by %2: %3</source>
        <translation>Berlaku versi %1, diterbitkan oleh %2: %3</translation>
    </message>
    <message>
        <source>Version %1 arrived by sync while you edit; Reload to start from it.</source>
        <translation>Versi %1 tiba lewat sinkronisasi saat Anda menyunting; klik Muat ulang untuk mulai dari versi itu.</translation>
    </message>
    <message>
        <source>The dry run cannot read this workstation&apos;s cache: %1</source>
        <translation>Simulasi tidak dapat membaca cache workstation ini: %1</translation>
    </message>
    <message>
        <source>(not dispatched)</source>
        <translation>(belum didisposisikan)</translation>
    </message>
    <message>
        <source>(no service yet)</source>
        <translation>(belum ada layanan)</translation>
    </message>
    <message>
        <source>(no rule)</source>
        <translation>(tidak ada aturan)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>berubah</translation>
    </message>
    <message numerus="yes">
        <source>Week %1 of %2 (%3 to %4, WIB): %n complaint(s), </source>
        <translation>
            <numerusform>Minggu ke-%1 tahun %2 (%3 s.d. %4, WIB): %n aduan, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would go elsewhere</source>
        <translation>
            <numerusform>%n akan ke tujuan lain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with no rule in the draft</source>
        <translation>
            <numerusform>, %n tanpa aturan di draf</numerusform>
        </translation>
    </message>
    <message>
        <source> (only the newest %1 are listed)</source>
        <translation> (hanya %1 yang terbaru ditampilkan)</translation>
    </message>
    <message>
        <source>Say why this version is published before publishing it.</source>
        <translation>Tuliskan alasan versi ini diterbitkan sebelum menerbitkannya.</translation>
    </message>
    <message>
        <source>The draft cannot be published: %1</source>
        <translation>Draf tidak dapat diterbitkan: %1</translation>
    </message>
    <message>
        <source>Publishing...</source>
        <translation>Menerbitkan...</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Kecamatan (empty: all)</source>
        <translation>Kecamatan (kosong: semua)</translation>
    </message>
    <message>
        <source>OPD or agency</source>
        <translation>OPD atau instansi</translation>
    </message>
    <message>
        <source>Tracking id</source>
        <translation>Nomor aduan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Didisposisikan ke</translation>
    </message>
    <message>
        <source>Draft would pick</source>
        <translation>Pilihan draf</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Berubah</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Tambah aturan</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Hapus aturan</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Dry run over the week of</source>
        <translation>Simulasi untuk minggu</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulasi</translation>
    </message>
    <message>
        <source>Why this version (required)</source>
        <translation>Alasan versi ini (wajib)</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <source>Routing table draft</source>
        <translation>Draf tabel disposisi</translation>
    </message>
    <message>
        <source>Reload the version in force</source>
        <translation>Muat ulang versi yang berlaku</translation>
    </message>
    <message>
        <source>Publish the draft as the next version</source>
        <translation>Terbitkan draf sebagai versi berikutnya</translation>
    </message>
    <message>
        <source>Dry run: how the week&apos;s complaints would have been routed</source>
        <translation>Simulasi: ke mana aduan minggu itu akan didisposisikan</translation>
    </message>
    <message>
        <source>Routing table</source>
        <translation>Tabel disposisi</translation>
    </message>
</context>
<context>
    <name>rabeg::ScoreboardModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Ditangani</translation>
    </message>
    <message>
        <source>Correct decision</source>
        <translation>Keputusan benar</translation>
    </message>
    <message>
        <source>Correct OPD</source>
        <translation>OPD benar</translation>
    </message>
    <message>
        <source>Median time to triage</source>
        <translation>Median waktu triase</translation>
    </message>
    <message>
        <source>Deadlines missed</source>
        <translation>Tenggat terlewat</translation>
    </message>
</context>
<context>
    <name>rabeg::SessionKeychain</name>
    <message>
        <source>No system keychain is available, so your session cannot be remembered: you will be asked for your password each time.</source>
        <translation>Penyimpanan kunci sistem (keychain) tidak tersedia, sehingga sesi Anda tidak dapat diingat: Anda akan diminta memasukkan kata sandi setiap kali.</translation>
    </message>
    <message>
        <source>The system keychain refused access, so your session cannot be remembered: you will be asked for your password each time.</source>
        <translation>Penyimpanan kunci sistem (keychain) menolak akses, sehingga sesi Anda tidak dapat diingat: Anda akan diminta memasukkan kata sandi setiap kali.</translation>
    </message>
</context>
<context>
    <name>rabeg::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Hub address</source>
        <translation>&amp;Alamat hub</translation>
    </message>
    <message>
        <source>&amp;Certificate authority</source>
        <translation>&amp;Otoritas sertifikat</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>The language changes at once. A new hub address or certificate authority is used from the next login.</source>
        <translation>Bahasa langsung berganti. Alamat hub atau otoritas sertifikat yang baru dipakai mulai saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>rabeg::SlaPolicyEditor</name>
    <message>
        <source>Published version %1 of the SLA policy. Workstations use it from their next sync.</source>
        <translation>Versi %1 kebijakan SLA telah diterbitkan. Workstation memakainya mulai sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Load the policy in force first (Reload).</source>
        <translation>Muat dulu kebijakan yang berlaku (Muat ulang).</translation>
    </message>
    <message>
        <source>Clock %1: the duration and the warning threshold are whole numbers.</source>
        <translation>Pengukur waktu %1: durasi dan ambang peringatan harus bilangan bulat.</translation>
    </message>
    <message>
        <source>Publishing version %1...</source>
        <translation>Menerbitkan versi %1...</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Pengukur waktu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Start events</source>
        <translation>Peristiwa mulai</translation>
    </message>
    <message>
        <source>Stop events</source>
        <translation>Peristiwa berhenti</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Pausing states</source>
        <translation>Status penjeda</translation>
    </message>
    <message>
        <source>Warning at (%)</source>
        <translation>Peringatan pada (%)</translation>
    </message>
    <message>
        <source>On breach</source>
        <translation>Saat terlewati</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>Pengukur waktu SLA</translation>
    </message>
    <message>
        <source>The SLA policy in force is loaded from the hub.</source>
        <translation>Kebijakan SLA yang berlaku dimuat dari hub.</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>Kebijakan SLA</translation>
    </message>
    <message>
        <source>SLA policy version</source>
        <translation>Versi kebijakan SLA</translation>
    </message>
    <message>
        <source>Why (required): what changes, and the rule or decree it follows</source>
        <translation>Alasan (wajib): apa yang berubah, dan aturan atau keputusan yang diikutinya</translation>
    </message>
    <message>
        <source>Reload the SLA policy from the hub</source>
        <translation>Muat ulang kebijakan SLA dari hub</translation>
    </message>
    <message>
        <source>Publish the SLA policy as a new version</source>
        <translation>Terbitkan kebijakan SLA sebagai versi baru</translation>
    </message>
    <message>
        <source>SLA policy message</source>
        <translation>Pesan kebijakan SLA</translation>
    </message>
    <message>
        <source>Unit of %1</source>
        <translation>Satuan %1</translation>
    </message>
    <message>
        <source>On breach of %1</source>
        <translation>Saat %1 terlewati</translation>
    </message>
</context>
<context>
    <name>rabeg::SopPublicationPanel</name>
    <message>
        <source>&amp;Why this version:</source>
        <translation>&amp;Alasan versi ini:</translation>
    </message>
    <message>
        <source>e.g. Perbup 12/2026 adds a field check</source>
        <translation>mis. Perwal 12/2026 menambah pemeriksaan lapangan</translation>
    </message>
    <message>
        <source>Why this version is published</source>
        <translation>Alasan versi ini diterbitkan</translation>
    </message>
    <message>
        <source>Publications and drafts:</source>
        <translation>Penerbitan dan draf:</translation>
    </message>
    <message>
        <source>Publications and drafts</source>
        <translation>Penerbitan dan draf</translation>
    </message>
    <message>
        <source>Drop the refused publication</source>
        <translation>Buang penerbitan yang ditolak</translation>
    </message>
    <message>
        <source>Open the draft to publish it</source>
        <translation>Buka draf untuk menerbitkannya</translation>
    </message>
</context>
<context>
    <name>rabeg::SopPublications</name>
    <message>
        <source>Version %1 of %2</source>
        <translation>Versi %1 dari %2</translation>
    </message>
    <message>
        <source>%1: refused by the hub. %2</source>
        <translation>%1: ditolak hub. %2</translation>
    </message>
    <message>
        <source>%1: pending, sent to the hub at the next sync.</source>
        <translation>%1: tertunda, dikirim ke hub pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Draft of version %1 of %2 by %3: %4</source>
        <translation>Draf versi %1 dari %2 oleh %3: %4</translation>
    </message>
    <message>
        <source>Not sent: say why this version is published.</source>
        <translation>Tidak dikirim: tuliskan alasan versi ini diterbitkan.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Tidak dikirim: %1</translation>
    </message>
    <message>
        <source>Draft of version %1 of %2 queued for an admin; it goes to the hub at the next sync.</source>
        <translation>Draf versi %1 dari %2 diantrekan untuk admin; dikirim ke hub pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Version %1 of %2 queued for publication; it goes to the hub at the next sync.</source>
        <translation>Versi %1 dari %2 diantrekan untuk diterbitkan; dikirim ke hub pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>The draft by %1 is open: publish it as it is, or change it and publish your own version.</source>
        <translation>Draf dari %1 terbuka: terbitkan apa adanya, atau ubah lalu terbitkan versi Anda sendiri.</translation>
    </message>
</context>
<context>
    <name>rabeg::SopStepsModel</name>
    <message>
        <source>A critical step must be done before the complaint is answered.</source>
        <translation>Langkah kritis harus selesai sebelum aduan ditanggapi.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritis</translation>
    </message>
</context>
<context>
    <name>rabeg::SopTemplateEditor</name>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Version %1: %n step(s)</source>
        <translation>
            <numerusform>Versi %1: %n langkah</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet: the generic checklist applies.</source>
        <translation>Belum ada: berlaku daftar periksa umum.</translation>
    </message>
    <message>
        <source>Publish these steps as the next version</source>
        <translation>Terbitkan langkah-langkah ini sebagai versi berikutnya</translation>
    </message>
    <message>
        <source>The file holds no template.</source>
        <translation>Berkas ini tidak berisi templat.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s) as drafts; each is published as its next version.</source>
        <translation>
            <numerusform>%n templat diimpor sebagai draf; masing-masing diterbitkan sebagai versi berikutnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Tidak diimpor: %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Tidak diterbitkan: %1</translation>
    </message>
    <message>
        <source>Import SOP templates</source>
        <translation>Impor templat SOP</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>Export the SOP template</source>
        <translation>Ekspor templat SOP</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Diekspor ke %1.</translation>
    </message>
    <message>
        <source>&amp;OPD:</source>
        <translation>&amp;OPD:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>La&amp;yanan:</translation>
    </message>
    <message>
        <source>New template, version 1. Until it is published, this OPD uses the generic checklist for this service.</source>
        <translation>Templat baru, versi 1. Selama belum diterbitkan, OPD ini memakai daftar periksa umum untuk layanan ini.</translation>
    </message>
    <message>
        <source>Draft of version %1 (changed; version %2 is in force).</source>
        <translation>Draf versi %1 (diubah; yang berlaku versi %2).</translation>
    </message>
    <message>
        <source>Draft of version %1, starting from version %2 in force.</source>
        <translation>Draf versi %1, berawal dari versi %2 yang berlaku.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Tu&amp;runkan</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Impor CSV…</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>Impor JSON…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Ekspor JSON…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>T&amp;erbitkan</translation>
    </message>
    <message>
        <source>No template of this OPD for this service yet: the generic checklist applies.</source>
        <translation>Belum ada templat OPD ini untuk layanan ini: berlaku daftar periksa umum.</translation>
    </message>
    <message>
        <source>Version %1 is in force. Export it as CSV or JSON to prepare the next version in a spreadsheet.</source>
        <translation>Versi %1 sedang berlaku. Ekspor sebagai CSV atau JSON untuk menyiapkan versi berikutnya di lembar kerja.</translation>
    </message>
    <message>
        <source>Publishing a version goes through the admin on the hub: export the draft as CSV or JSON and send it to them.</source>
        <translation>Penerbitan versi dilakukan oleh admin di hub: ekspor draf sebagai CSV atau JSON, lalu kirimkan kepada admin.</translation>
    </message>
    <message>
        <source>Add s&amp;tep</source>
        <translation>Tambah lang&amp;kah</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>&amp;Hapus langkah</translation>
    </message>
    <message>
        <source>Published v&amp;ersions</source>
        <translation>&amp;Versi terbitan</translation>
    </message>
    <message>
        <source>Send these steps to an admin as a draft of the next version</source>
        <translation>Kirim langkah-langkah ini ke admin sebagai draf versi berikutnya</translation>
    </message>
    <message>
        <source>Submit dra&amp;ft</source>
        <translation>Ajukan dra&amp;f</translation>
    </message>
    <message>
        <source>%1 · %2 (deactivated)</source>
        <translation>%1 · %2 (dinonaktifkan)</translation>
    </message>
    <message>
        <source>%1 was deactivated by an administrator: it takes no new complaints and no new template version. Its published versions are listed; the complaints that use them keep their checklists.</source>
        <translation>%1 telah dinonaktifkan oleh admin: tidak menerima aduan baru dan tidak mendapat versi templat baru. Versi yang sudah terbit tercantum; aduan yang memakainya tetap memakai daftar langkahnya.</translation>
    </message>
    <message>
        <source>No new version is published for a deactivated OPD.</source>
        <translation>OPD yang dinonaktifkan tidak mendapat versi baru.</translation>
    </message>
</context>
<context>
    <name>rabeg::StallBoardModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Step %1, %2 (%3): %n complaint(s) stalled, median %4 working days at the step, longest %5</source>
        <translation>
            <numerusform>Langkah %1, %2 (%3): %n aduan macet, median %4 hari kerja di langkah ini, terlama %5</numerusform>
        </translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Macet</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Langkah %1</translation>
    </message>
</context>
<context>
    <name>rabeg::StallBoardScreen</name>
    <message>
        <source>Refresh the board</source>
        <translation>Perbarui papan</translation>
    </message>
    <message>
        <source>Compute the board again at the hub&apos;s time from this workstation&apos;s cache</source>
        <translation>Hitung ulang papan menurut waktu hub dari cache komputer ini</translation>
    </message>
    <message>
        <source>Computing the stall board from the local cache…</source>
        <translation>Menghitung papan aduan macet dari cache lokal…</translation>
    </message>
    <message>
        <source>The stall board cannot be computed: %1</source>
        <translation>Papan aduan macet tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>Where the OPDs&apos; SOPs stall, from this workstation&apos;s cache. A complaint of the list below opens with Enter or a double-click.</source>
        <translation>Langkah SOP tempat aduan macet di tiap OPD, menurut cache komputer ini. Aduan pada daftar di bawah dibuka dengan Enter atau klik dua kali.</translation>
    </message>
</context>
<context>
    <name>rabeg::StallBoardView</name>
    <message>
        <source>The stall board cannot be read from this workstation&apos;s cache: %1</source>
        <translation>Papan aduan macet tidak dapat dibaca dari cache komputer ini: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, step %2: %n stalled complaint(s)</source>
        <translation>
            <numerusform>%1, langkah %2: %n aduan macet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, every step: %n stalled complaint(s)</source>
        <translation>
            <numerusform>%1, semua langkah: %n aduan macet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The stall board has not been computed yet.</source>
        <translation>Papan aduan macet belum dihitung.</translation>
    </message>
    <message>
        <source>%1 of %2 complaints the OPDs are working are stalled at an SOP step, as of %3. Double-click a cell or press Enter to list its complaints.</source>
        <translation>%1 dari %2 aduan yang sedang ditangani OPD macet di suatu langkah SOP, per %3. Klik dua kali sebuah sel atau tekan Enter untuk menampilkan aduannya.</translation>
    </message>
    <message>
        <source>Median working days at the step: under 10, 10 to 29, 30 or more. Each line of a cell is one step: how many complaints are stalled there, their median days, the step.</source>
        <translation>Median hari kerja di langkah: kurang dari 10, 10 sampai 29, 30 atau lebih. Setiap baris dalam sel adalah satu langkah: jumlah aduan yang macet di sana, median hari kerjanya di langkah itu (med. … hr), dan nama langkahnya (lengkap saat tetikus di atasnya).</translation>
    </message>
    <message>
        <source>No cell chosen.</source>
        <translation>Belum ada sel yang dipilih.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Nomor aduan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Stalled at</source>
        <translation>Macet di</translation>
    </message>
    <message>
        <source>Days at step</source>
        <translation>Hari di langkah</translation>
    </message>
    <message>
        <source>Days over</source>
        <translation>Hari terlambat</translation>
    </message>
    <message>
        <source>Stalled complaints by OPD and step</source>
        <translation>Aduan macet per OPD dan langkah</translation>
    </message>
    <message>
        <source>Complaints of the chosen cell</source>
        <translation>Aduan pada sel yang dipilih</translation>
    </message>
</context>
<context>
    <name>rabeg::SyncStatusLabel</name>
    <message>
        <source>Sync stopped</source>
        <translation>Sinkronisasi berhenti</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Menghubungkan ke hub…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>tersinkron %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n tertunda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n konflik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n ditolak</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Masalah terakhir: %1</translation>
    </message>
    <message>
        <source>session ended: log in again (File menu)</source>
        <translation>sesi berakhir: masuk kembali (menu Berkas)</translation>
    </message>
    <message>
        <source>login refused: %1</source>
        <translation>masuk ditolak: %1</translation>
    </message>
    <message>
        <source>The hub refused the login: %1</source>
        <translation>Hub menolak permintaan masuk: %1</translation>
    </message>
</context>
<context>
    <name>rabeg::TrainerConsole</name>
    <message>
        <source>Type the time to jump to as %1, e.g. %2.</source>
        <translation>Ketik waktu tujuan lompatan sebagai %1, misalnya %2.</translation>
    </message>
    <message>
        <source>Reset the class</source>
        <translation>Ulangi kelas</translation>
    </message>
    <message>
        <source>Start the class again from the scenario&apos;s start? Everything the trainees did in this class is removed; their workstations load the new class by themselves.</source>
        <translation>Mulai lagi kelas dari awal skenario? Semua yang dilakukan peserta di kelas ini dihapus; workstation mereka memuat kelas baru dengan sendirinya.</translation>
    </message>
    <message>
        <source>Choose a trainee in the scoreboard first.</source>
        <translation>Pilih dulu seorang peserta di papan nilai.</translation>
    </message>
    <message>
        <source>Save the result sheet</source>
        <translation>Simpan lembar hasil</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Training class</source>
        <translation>Kelas pelatihan</translation>
    </message>
    <message>
        <source>%1 — class %2</source>
        <translation>%1 — kelas %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <source>running at x%1</source>
        <translation>berjalan x%1</translation>
    </message>
    <message>
        <source>Waiting for the training hub…</source>
        <translation>Menunggu hub pelatihan…</translation>
    </message>
    <message>
        <source>Hub time %1 WIB, %2 · %3 of %4 complaints arrived</source>
        <translation>Waktu hub %1 WIB, %2 · %3 dari %4 aduan telah masuk</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Jeda</translation>
    </message>
    <message>
        <source>&amp;Jump to</source>
        <translation>&amp;Lompat ke</translation>
    </message>
    <message>
        <source>&amp;Reset class…</source>
        <translation>&amp;Ulangi kelas…</translation>
    </message>
    <message>
        <source>Print &amp;result sheet…</source>
        <translation>Cetak lembar &amp;hasil…</translation>
    </message>
    <message>
        <source>Jump to this hub time (WIB)</source>
        <translation>Lompat ke waktu hub ini (WIB)</translation>
    </message>
    <message>
        <source>Scoreboard</source>
        <translation>Papan nilai</translation>
    </message>
    <message>
        <source>Run the clock at %1 times real time</source>
        <translation>Jalankan jam %1 kali waktu nyata</translation>
    </message>
    <message>
        <source>&amp;Trainer console</source>
        <translation>Konsol &amp;pelatih</translation>
    </message>
    <message>
        <source>TRAINING / PELATIHAN — a training class: nothing here is a real complaint</source>
        <translation>PELATIHAN / TRAINING — kelas pelatihan: tidak ada aduan sungguhan di sini</translation>
    </message>
</context>
<context>
    <name>rabeg::TrainerHubClient</name>
    <message>
        <source>The training hub cannot be reached: %1</source>
        <translation>Hub pelatihan tidak dapat dihubungi: %1</translation>
    </message>
</context>
<context>
    <name>rabeg::UserAdminClient</name>
    <message>
        <source>Not signed in to the hub yet: wait for the first sync, then try again.</source>
        <translation>Belum masuk ke hub: tunggu sinkronisasi pertama, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The hub refused: %1</source>
        <translation>Hub menolak: %1</translation>
    </message>
</context>
<context>
    <name>rabeg::UserAdminPanel</name>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no: deactivated</source>
        <translation>tidak: dinonaktifkan</translation>
    </message>
    <message>
        <source>Select an account in the table first.</source>
        <translation>Pilih dulu akun di tabel.</translation>
    </message>
    <message>
        <source>Sending the change to the hub...</source>
        <translation>Mengirim perubahan ke hub...</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Akun %1 dibuat.</translation>
    </message>
    <message>
        <source>Role or OPD of %1 changed: their workstation fills its cache afresh at its next sync.</source>
        <translation>Peran atau OPD %1 diubah: workstation-nya mengisi ulang cache dari awal pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>New password for %1; their sessions have ended.</source>
        <translation>Kata sandi baru untuk %1; sesinya telah diakhiri.</translation>
    </message>
    <message>
        <source>%1 deactivated: the account can no longer log in.</source>
        <translation>%1 dinonaktifkan: akun ini tidak dapat masuk lagi.</translation>
    </message>
    <message>
        <source>%1 reactivated.</source>
        <translation>%1 diaktifkan kembali.</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>&amp;Nonaktifkan...</translation>
    </message>
    <message>
        <source>Reac&amp;tivate...</source>
        <translation>Akti&amp;fkan kembali...</translation>
    </message>
    <message>
        <source>&amp;Accounts (as the hub holds them now)</source>
        <translation>&amp;Akun (sebagaimana tersimpan di hub saat ini)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>&amp;New account...</source>
        <translation>Akun &amp;baru...</translation>
    </message>
    <message>
        <source>Change role or &amp;OPD...</source>
        <translation>Ubah peran atau &amp;OPD...</translation>
    </message>
    <message>
        <source>Reset &amp;password...</source>
        <translation>Atur ulang &amp;kata sandi...</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Akun baru</translation>
    </message>
    <message>
        <source>Change the role or OPD of the selected account</source>
        <translation>Ubah peran atau OPD akun yang dipilih</translation>
    </message>
    <message>
        <source>Reset the password of the selected account</source>
        <translation>Atur ulang kata sandi akun yang dipilih</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected account</source>
        <translation>Nonaktifkan atau aktifkan kembali akun yang dipilih</translation>
    </message>
    <message>
        <source>Reload the accounts from the hub</source>
        <translation>Muat ulang akun dari hub</translation>
    </message>
</context>
<context>
    <name>rabeg::UserChangeDialog</name>
    <message>
        <source>e.g. transfer per the mayor&apos;s decree 800/112/2026</source>
        <translation>mis. mutasi sesuai Keputusan Wali Kota 800/112/2026</translation>
    </message>
    <message>
        <source>(no OPD)</source>
        <translation>(tanpa OPD)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;OPD (liaisons only):</source>
        <translation>&amp;OPD (khusus penghubung):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Akun baru</translation>
    </message>
    <message>
        <source>The account can log in at once with this password. At least 10 characters; a sentence of a few words is easier to remember than a clever short one.</source>
        <translation>Akun ini langsung dapat masuk dengan kata sandi ini. Minimal 10 karakter; kalimat dari beberapa kata lebih mudah diingat daripada kata sandi pendek yang rumit.</translation>
    </message>
    <message>
        <source>Change role or OPD of %1</source>
        <translation>Ubah peran atau OPD %1</translation>
    </message>
    <message>
        <source>A new role or OPD takes effect at the user&apos;s next sync: their workstation fills its cache afresh for the new scope and keeps what they have not sent yet.</source>
        <translation>Peran atau OPD baru berlaku pada sinkronisasi berikutnya dari pengguna ini: workstation-nya mengisi ulang cache untuk cakupan yang baru dan tetap menyimpan apa yang belum dikirim.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Atur ulang kata sandi %1</translation>
    </message>
    <message>
        <source>The user&apos;s sessions end now; they log in again with this password.</source>
        <translation>Sesi pengguna ini berakhir sekarang; ia masuk lagi dengan kata sandi ini.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Nonaktifkan %1</translation>
    </message>
    <message>
        <source>The account can no longer log in and its sessions end now. Nothing it did is deleted, and it can be reactivated.</source>
        <translation>Akun ini tidak dapat masuk lagi dan sesinya berakhir sekarang. Semua yang pernah dilakukannya tidak dihapus, dan akun ini dapat diaktifkan kembali.</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Aktifkan kembali %1</translation>
    </message>
    <message>
        <source>The account can log in again with its password.</source>
        <translation>Akun ini dapat masuk lagi dengan kata sandinya.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>OPD (liaisons only)</source>
        <translation>OPD (khusus penghubung)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the audit of administration with the change.</source>
        <translation>Tuliskan alasannya: alasan disimpan di audit administrasi bersama perubahan ini.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Kedua kata sandi berbeda: ketik kata sandi yang sama dua kali.</translation>
    </message>
    <message>
        <source>Sending the change to the hub...</source>
        <translation>Mengirim perubahan ke hub...</translation>
    </message>
</context>
<context>
    <name>rabeg::VerifyDialog</name>
    <message>
        <source>Verify %1</source>
        <translation>Verifikasi %1</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifikasi</translation>
    </message>
    <message>
        <source>&amp;Classification</source>
        <translation>&amp;Klasifikasi</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Layanan</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegori</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>Choose the service the complaint is about.</source>
        <translation>Pilih layanan yang diadukan.</translation>
    </message>
</context>
<context>
    <name>rabeg::WallDisplay</name>
    <message>
        <source>Last synced %1</source>
        <translation>Terakhir disinkronkan %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Belum pernah disinkronkan</translation>
    </message>
    <message>
        <source>Hub offline since %1: showing the last data</source>
        <translation>Hub luring sejak %1: menampilkan data terakhir</translation>
    </message>
    <message>
        <source>Rabeg wall display</source>
        <translation>Layar dinding Rabeg</translation>
    </message>
    <message>
        <source>Rabeg · Kota Serang complaints</source>
        <translation>Rabeg · Aduan Kota Serang</translation>
    </message>
    <message>
        <source>Rabeg · the figures cannot be computed again: %1</source>
        <translation>Rabeg · angka tidak dapat dihitung ulang: %1</translation>
    </message>
</context>
<context>
    <name>rabeg::WallPanels</name>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Lewat tenggat sekarang</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>Diterima hari ini</translation>
    </message>
    <message>
        <source>Responded today</source>
        <translation>Ditanggapi hari ini</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Ditutup hari ini</translation>
    </message>
    <message>
        <source>Stalled at an SOP step</source>
        <translation>Macet di langkah SOP</translation>
    </message>
</context>
<context>
    <name>rabeg::WeeklyReportDialog</name>
    <message>
        <source>Weekly report</source>
        <translation>Laporan mingguan</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Minggu:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Notes and signature</source>
        <translation>Catatan dan tanda tangan</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Kepala Dinas &amp;name:</source>
        <translation>&amp;Nama Kepala Dinas:</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>P&amp;ratinjau cetak…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Simpan &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Simpan C&amp;SV…</translation>
    </message>
    <message>
        <source>%1 (this week, not over)</source>
        <translation>%1 (minggu ini, belum berakhir)</translation>
    </message>
    <message>
        <source>Computing the figures of %1…</source>
        <translation>Menghitung angka %1…</translation>
    </message>
    <message>
        <source>No result.</source>
        <translation>Tidak ada hasil.</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Angka tidak dapat dihitung: %1</translation>
    </message>
    <message>
        <source>The figures are still being computed.</source>
        <translation>Angka masih dihitung.</translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation>Laporan mingguan %1</translation>
    </message>
    <message>
        <source>Save the weekly report</source>
        <translation>Simpan laporan mingguan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the tables as CSV</source>
        <translation>Simpan tabel sebagai CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
</context>
</TS>
