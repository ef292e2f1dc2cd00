#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (scripts/fuzz.sh) into tests/fuzz/corpus/<target>/.
The seeds are valid examples of each input format, so libFuzzer starts from inputs that reach deep into the
code; it mutates them from there. Re-run after changing a format; the files are committed. Files named
regression-* are inputs that once broke a property (found by fuzzing, then fixed): keep them."""
import json, os, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
C = "5f0c7a52-6c1e-4a0e-9d1a-0c3b1e9a7f11"

PAYLOADS = {
    "intake": {"title": "Lampu jalan mati di Jl. Ki Mas Jong", "body": "Sudah seminggu gelap.", "channel": "phone",
               "classification": "pengaduan", "category": "perhubungan-pju", "service": "pju",
               "kecamatan": "SERANG", "received_at": "2026-11-30T01:00:00.000Z", "anonim": False,
               "rahasia": False, "identity": {"name": "Siti"}},
    "verify": {"classification": "pengaduan", "category": "perhubungan-pju", "service": "pju", "title": "Judul"},
    "defer": {"reason": "incomplete", "note": "kurang alamat"},
    "reject": {"reason": "spam"},
    "not_our_authority": {"agency": "PLN"},
    "mark_duplicate": {"duplicate_of": "0b9d5a3e-2f6b-4c41-8f0e-6a8a1c2d3e4f"},
    "dispatch": {"opd": "DISHUB", "note": "mohon segera"},
    "return": {"reason": "not_our_duty", "note": "bukan tugas kami"},
    "acknowledge": {},
    "respond": {"response": "Sudah diperbaiki"},
    "reopen": {"reason": "belum selesai"},
    "close": {},
    "escalate": {"reason": "lewat 14 hari", "clock": "follow_up", "cycle": 1},
    "add_note": {"text": "catatan \u00e9 \\u0000"},
    "complete_step": {"step": "s1", "note": "selesai"},
    "resume": {},
    "claim": {},
}


def command(kind, base_version=3, complaint=C):
    return {"command_id": str(uuid.UUID(int=len(kind) * 7919 + base_version)), "type": kind, "complaint_id": complaint,
            "base_version": base_version, "base_epoch": 1, "payload": PAYLOADS[kind]}


def write(target, name, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def main():
    plain = json.dumps
    docs = [b'{"a":[1,-0,9007199254740991,"\\ud83d\\ude00",true,null,{}]}', b'[]', b'"\xef\xbb\xbfx"',
            b'{"z":1,"a":{"b":[[[]]]}}', b'  -12  ', b'{"\\u00e9":"\\n\\t\\""}']
    for i, d in enumerate(docs):
        write("fuzz_json", f"doc{i}", d)
    for i, kind in enumerate(PAYLOADS):
        body = plain(command(kind)).encode()
        write("fuzz_json", f"command-{kind}", body)
        for complaint in (0, 7, 255):
            write("fuzz_command", f"{kind}-{complaint}", bytes([complaint, i % 6]) + body)
    routes = {0: "", 1: "", 3: "?limit=5", 4: "?after=0&limit=3", 5: "", 6: "", 7: "?reason=audit", 10: ""}
    for route, suffix in routes.items():
        for caller in range(5):
            write("fuzz_hub_request", f"route{route}-caller{caller}", bytes([route, caller, 3]) + suffix.encode() + b"\n")
    write("fuzz_hub_request", "login", bytes([1, 0, 0]) + b"\n" +
          plain({"username": "op.rina", "password": "salah"}).encode())
    for kind in ("verify", "dispatch", "defer", "add_note", "escalate"):
        for caller in (1, 2, 3):
            write("fuzz_hub_request", f"command-{kind}-{caller}", bytes([8, caller, caller * 5]) + b"\n" +
                  plain(command(kind, complaint="@ID@")).encode())
    write("fuzz_hub_request", "intake-1", bytes([9, 1, 0]) + b"\n" + plain(PAYLOADS["intake"]).encode())


if __name__ == "__main__":
    main()
