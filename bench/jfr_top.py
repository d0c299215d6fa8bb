#!/usr/bin/env python3
"""Summarises a JFR recording: top frames and top dev.slipway frames by execution samples (uses the JDK's `jfr`)."""
import collections, re, subprocess, sys

txt = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", sys.argv[1]],
                     capture_output=True, text=True).stdout
top, own, pkg = collections.Counter(), collections.Counter(), collections.Counter()
n = 0
for ev in txt.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", ev, re.M)
    if not frames:
        continue
    n += 1
    top[frames[0]] += 1
    p = frames[0].rsplit(".", 2)[0]
    pkg[p] += 1
    for f in frames:
        if f.startswith("dev.slipway"):
            own[f] += 1
            break
print("samples: %d" % n)
print("\n-- top frames (self time)")
for f, c in top.most_common(25):
    print("%5.1f%%  %s" % (100.0 * c / n, f))
print("\n-- self time by class")
for f, c in pkg.most_common(15):
    print("%5.1f%%  %s" % (100.0 * c / n, f))
print("\n-- innermost dev.slipway frame on the stack")
for f, c in own.most_common(25):
    print("%5.1f%%  %s" % (100.0 * c / n, f))
