#!/usr/bin/python3
"""Decodes telemetry captured by mosquitto_sub with the Python classes flatc generates from the same .fbs
files, and checks what the Java side promised: every frame's CRC-32C, gapless sequences from 0 on every
stream, and the acknowledgements of the command the test sent (ACCEPTED, STARTED, COMPLETED).

usage: interop_decode.py CAPTURE GENERATED_PY_DIR [ARCHIVE]
CAPTURE: lines '<topic> <hex payload>' (mosquitto_sub -F '%t %x').
ARCHIVE: the run's telemetry.frames; when given, every frame it holds must have been captured, stream by
stream (nothing lost between the flight software and the broker).
"""
import sys

sys.path.insert(0, sys.argv[2])
from space.ocsat.wire.TelemetryFrame import TelemetryFrame  # noqa: E402
from space.ocsat.wire.Payload import Payload  # noqa: E402
from space.ocsat.wire.CommandAck import CommandAck  # noqa: E402
from space.ocsat.wire.AckStage import AckStage  # noqa: E402
from space.ocsat.wire.PowerHk import PowerHk  # noqa: E402


def crc32c(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def main():
    by_stream = {}
    stages = []
    power_soc = []
    frames = 0
    with open(sys.argv[1]) as capture:
        for line in capture:
            parts = line.split()
            if len(parts) != 2 or '/tm/' not in parts[0]:
                continue
            payload = bytes.fromhex(parts[1])
            body, trailer = payload[:-4], payload[-4:]
            if int.from_bytes(trailer, 'little') != crc32c(body):
                sys.exit(f'bad CRC on {parts[0]}')
            if not TelemetryFrame.TelemetryFrameBufferHasIdentifier(body, 0):
                sys.exit(f'frame on {parts[0]} lacks the OCTM file identifier')
            frame = TelemetryFrame.GetRootAs(body, 0)
            by_stream.setdefault(frame.Stream(), []).append(frame.Sequence())
            frames += 1
            if frame.PayloadType() == Payload.CommandAck:
                ack = CommandAck()
                ack.Init(frame.Payload().Bytes, frame.Payload().Pos)
                stages.append(ack.Stage())
            elif frame.PayloadType() == Payload.PowerHk:
                hk = PowerHk()
                hk.Init(frame.Payload().Bytes, frame.Payload().Pos)
                power_soc.append(hk.Soc())
    if frames == 0:
        sys.exit('no telemetry captured')
    for stream, seqs in sorted(by_stream.items()):
        if seqs != list(range(len(seqs))):
            sys.exit(f'stream {stream}: sequences not gapless from 0: {seqs[:10]}...')
    if len(sys.argv) > 3:
        archived = {}
        with open(sys.argv[3], 'rb') as archive:
            data = archive.read()
        at = 0
        while at < len(data):
            n = int.from_bytes(data[at:at + 4], 'little')
            frame = TelemetryFrame.GetRootAs(data[at + 4:at + 4 + n - 4], 0)
            archived[frame.Stream()] = archived.get(frame.Stream(), 0) + 1
            at += 4 + n
        captured = {s: len(q) for s, q in by_stream.items()}
        if archived != captured:
            sys.exit(f'archive holds {archived} frames per stream, the broker delivered {captured}')
    wanted = [AckStage.ACCEPTED, AckStage.STARTED, AckStage.COMPLETED]
    if stages[:3] != wanted:
        sys.exit(f'acknowledgements {stages} are not ACCEPTED, STARTED, COMPLETED')
    if not power_soc or not all(0.0 <= s <= 1.0 for s in power_soc):
        sys.exit('power housekeeping missing or SoC out of 0..1')
    print(f'interop: {frames} frames on {len(by_stream)} streams decoded in Python, CRCs valid, '
          f'sequences gapless, every archived frame delivered, command acknowledged '
          f'ACCEPTED -> STARTED -> COMPLETED')


if __name__ == '__main__':
    main()
