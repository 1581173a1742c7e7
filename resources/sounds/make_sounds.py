#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Inkan developers
# SPDX-License-Identifier: MIT
"""Writes the scanner's verdict sounds (16-bit mono PCM WAV, 22.05 kHz) next to this script.

verified.wav: two short rising tones; refused.wav: a low double buzz; repeat.wav: two equal
middle tones. Made from sine waves here, so no recording is downloaded or shipped from
elsewhere. Run it again after changing a tone; the files are committed.
"""
import math
import os
import struct
import wave

RATE = 22050


def tone(freq, ms, volume=0.45, square=False):
    n = int(RATE * ms / 1000)
    fade = int(RATE * 0.008)
    out = []
    for i in range(n):
        s = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            s = 0.6 if s >= 0 else -0.6
        env = min(1.0, i / fade, (n - 1 - i) / fade) if fade else 1.0
        out.append(int(32767 * volume * s * max(env, 0.0)))
    return out


def silence(ms):
    return [0] * int(RATE * ms / 1000)


SOUNDS = {
    "verified.wav": tone(880, 110) + silence(30) + tone(1320, 160),
    "refused.wav": tone(196, 180, square=True) + silence(60) + tone(196, 260, square=True),
    "repeat.wav": tone(660, 140) + silence(90) + tone(660, 140),
}

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for name, samples in SOUNDS.items():
        with wave.open(os.path.join(here, name), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(struct.pack("<%dh" % len(samples), *samples))
