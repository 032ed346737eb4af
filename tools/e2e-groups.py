#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""e2e-groups.py PROGRAM PREFIX... — fails when a walk of the end-to-end PROGRAM is in
none of the groups tests/meson.build runs it in (each group a meson test of its own, -p
PREFIX): a new walk must be given a group, or it would never run."""
import subprocess
import sys

program, prefixes = sys.argv[1], sys.argv[2:]
listed = subprocess.run([program, '-l'], check=True, capture_output=True, text=True).stdout
walks = [line.strip() for line in listed.splitlines() if line.startswith('/')]
left_out = [walk for walk in walks
            if not any(walk == p or walk.startswith(p + '/') for p in prefixes)]
for walk in left_out:
    print(f'{walk} is in no group of tests/meson.build: it never runs')
print(f'{len(walks) - len(left_out)} of {len(walks)} walks in a group')
sys.exit(1 if left_out or not walks else 0)
