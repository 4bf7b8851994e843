#!/usr/bin/python3
# Converts GSHHG's WDBII rivers (Debian package gmt-gshhg-high) into resources/basemap/rivers.ypbm, once.
#
# How to run (Debian's python3 with python3-h5py; neither is needed to build or test Yeonpyo):
#   apt-get install gmt-gshhg-high python3-h5py
#   /usr/bin/python3 scripts/build-rivers.py /usr/share/gmt-gshhg/binned_river_h.nc \
#       resources/basemap/rivers.ypbm
#
# Output: the "YPBM" format of scripts/build-basemap.mjs (read by app/render/basemap.cpp), with
# sections of kind 3 (river lines) whose second byte is the WDBII river class instead of a scale:
#   0 double-lined rivers (river-lakes), 1 permanent major rivers, 2 additional major rivers,
#   3 additional rivers, 4 minor rivers (intermittent rivers and canals are left out).
# Classes 0-2 cover the world; classes 3 and 4 only East and South Asia (the region where the
# base map has its 1:10m detail), so the file stays small. GSHHG stores the lines cut at the edges
# of 2-degree bins; pieces that meet end to end are joined again, then simplified (Douglas-Peucker,
# about 60 m, below the data's own precision of about 200 m).
import sys

import h5py
import numpy as np

UNITS_PER_DEGREE = 1e5
WORLD = (-180.0, -90.0, 180.0, 90.0)
DETAIL_REGION = (60.0, -12.0, 150.0, 56.0)
CLASSES = {0: WORLD, 1: WORLD, 2: WORLD, 3: DETAIL_REGION, 4: DETAIL_REGION}
TOLERANCE = 0.0006  # degrees


def read_segments(path):
    """Yields (level, [(lon, lat), ...]) for every segment of a GSHHG binned file."""
    f = h5py.File(path, "r")
    get = lambda name: f[name][:]
    size = int(get("Bin_size_in_minutes")[0]) / 60.0
    columns = int(get("N_bins_in_360_longitude_range")[0])
    first_segment = get("Id_of_first_segment_in_a_bin")
    segments_in_bin = get("N_segments_in_a_bin")
    level = get("Hierarchial_level_of_a_segment")
    first_point = get("Id_of_first_point_in_a_segment")
    points = get("N_points_for_a_segment")
    dlat = get("Relative_latitude_from_SW_corner_of_bin").view(np.uint16) / 65535.0 * size
    dlon = get("Relative_longitude_from_SW_corner_of_bin").view(np.uint16) / 65535.0 * size
    for b in range(len(first_segment)):
        south = 90.0 - (b // columns + 1) * size
        west = (b % columns) * size
        for s in range(first_segment[b], first_segment[b] + segments_in_bin[b]):
            p, n = first_point[s], points[s]
            lons = west + dlon[p : p + n]
            lons = np.where(lons > 180.0, lons - 360.0, lons)
            yield int(level[s]), list(zip(lons.tolist(), (south + dlat[p : p + n]).tolist()))


def key(point):
    return (round(point[0] * UNITS_PER_DEGREE), round(point[1] * UNITS_PER_DEGREE))


def join(lines):
    """Joins lines whose ends meet (bin edges cut them) into longer lines."""
    by_start, by_end = {}, {}
    alive = {}
    for i, line in enumerate(lines):
        alive[i] = line
        by_start.setdefault(key(line[0]), []).append(i)
        by_end.setdefault(key(line[-1]), []).append(i)
    for i in list(alive):
        if i not in alive:
            continue
        merged = True
        while merged:
            merged = False
            line = alive[i]
            for j in by_start.get(key(line[-1]), []):
                if j != i and j in alive:
                    alive[i] = line + alive.pop(j)[1:]
                    merged = True
                    break
            if merged:
                continue
            for j in by_end.get(key(line[0]), []):
                if j != i and j in alive:
                    alive[i] = alive.pop(j)[:-1] + line
                    merged = True
                    break
        new = alive[i]
        by_start.setdefault(key(new[0]), []).append(i)
        by_end.setdefault(key(new[-1]), []).append(i)
    return list(alive.values())


def simplify(line, tolerance):
    """Douglas-Peucker, iterative."""
    if len(line) < 3:
        return line
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = line[a]
        bx, by = line[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = -1.0, -1
        for k in range(a + 1, b):
            px, py = line[k]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > best:
                best, index = d, k
        if best > tolerance:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(line, keep) if k]


def inside(line, box):
    return any(box[0] <= x <= box[2] and box[1] <= y <= box[3] for x, y in line)


def varint(value, out):
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return


def zigzag(value, out):
    varint((value << 1) ^ (value >> 63) if value < 0 else value << 1, out)


def write_section(river_class, box, lines, out):
    out += bytes([3, river_class])
    for v in box:
        zigzag(round(v * UNITS_PER_DEGREE), out)
    varint(len(lines), out)
    for line in lines:
        varint(1, out)  # one "ring": the line itself
        varint(len(line), out)
        previous = (0, 0)
        for point in line:
            q = key(point)
            zigzag(q[0] - previous[0], out)
            zigzag(q[1] - previous[1], out)
            previous = q


def main(source, target):
    by_class = {c: [] for c in CLASSES}
    for level, line in read_segments(source):
        if level in by_class and len(line) > 1:
            by_class[level].append(line)
    out = bytearray(b"YPBM")
    out.append(1)
    varint(len(CLASSES), out)
    for river_class, box in CLASSES.items():
        lines = [simplify(l, TOLERANCE) for l in join(by_class[river_class]) if inside(l, box)]
        write_section(river_class, box, lines, out)
        print(f"class {river_class}: {len(lines)} lines, {sum(map(len, lines))} points")
    with open(target, "wb") as f:
        f.write(out)
    print(f"{target}: {len(out)} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: build-rivers.py binned_river_h.nc rivers.ypbm")
    main(sys.argv[1], sys.argv[2])
