// Converts Natural Earth land and country borders (npm world-atlas) into resources/basemap/world.ypbm, once.
//
// How to run (node 18+; node_modules stays outside the repository):
//   mkdir -p /tmp/basemap-build && cd /tmp/basemap-build && npm init -y && npm install world-atlas@2.0.2
//   node /work/main/scripts/build-basemap.mjs /tmp/basemap-build/node_modules/world-atlas \
//        resources/basemap/world.ypbm
//
// Output ("YPBM" version 1, read by app/render/basemap.cpp). All integers are unsigned LEB128
// varints unless said otherwise; signed values are zigzag-encoded; coordinates are degrees × 1e5.
//   "YPBM"  u8 version  varint sectionCount
//   section: u8 kind (1 = land polygons, 2 = border lines)  u8 scale (110, 50 or 10 ÷ 10 → 11, 5, 1)
//            zigzag minLon minLat maxLon maxLat (the area the section covers)
//            varint featureCount, then per feature: varint ringCount, then per ring:
//            varint pointCount, zigzag lon lat of the first point, then zigzag deltas.
// Sections: land and borders at 1:110m and 1:50m for the whole world, and at 1:10m clipped to
// East and South Asia (India to Japan, around Korea), so cities there have a fine coastline and
// the file stays under 1 MB.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const DETAIL_REGION = { minLon: 60, minLat: -12, maxLon: 150, maxLat: 56 };
const WORLD = { minLon: -180, minLat: -90, maxLon: 180, maxLat: 90 };
const UNITS_PER_DEGREE = 1e5;

/** Decodes a TopoJSON topology's delta-encoded, quantised arcs into [lon, lat] arrays. */
function decodeArcs(topology) {
    const [sx, sy] = topology.transform.scale;
    const [tx, ty] = topology.transform.translate;
    return topology.arcs.map((arc) => {
        let x = 0, y = 0;
        return arc.map(([dx, dy]) => {
            x += dx;
            y += dy;
            return [x * sx + tx, y * sy + ty];
        });
    });
}

/** Joins arc references (negative = reversed, ~index) into one ring of points. */
function ringFromArcs(arcs, refs) {
    const ring = [];
    for (const ref of refs) {
        const arc = ref >= 0 ? arcs[ref] : arcs[~ref].slice().reverse();
        ring.push(...(ring.length ? arc.slice(1) : arc));
    }
    return ring;
}

/** The polygons (arrays of rings) of a Polygon or MultiPolygon geometry. */
function polygonsOf(geometry) {
    if (geometry.type === "Polygon") return [geometry.arcs];
    if (geometry.type === "MultiPolygon") return geometry.arcs;
    return [];
}

function landPolygons(topology, arcs) {
    const polygons = [];
    for (const geometry of topology.objects.land.geometries) {
        for (const polygon of polygonsOf(geometry)) {
            polygons.push(polygon.map((refs) => ringFromArcs(arcs, refs)));
        }
    }
    return polygons;
}

/** Arcs shared by two different countries: land borders, without the coastline. */
function borderLines(topology, arcs) {
    const owners = new Map();
    topology.objects.countries.geometries.forEach((geometry, index) => {
        for (const polygon of polygonsOf(geometry)) {
            for (const refs of polygon) {
                for (const ref of refs) {
                    const arc = ref >= 0 ? ref : ~ref;
                    if (!owners.has(arc)) owners.set(arc, new Set());
                    owners.get(arc).add(index);
                }
            }
        }
    });
    return [...owners].filter(([, who]) => who.size > 1).map(([arc]) => arcs[arc]);
}

/** Sutherland–Hodgman clipping of a closed ring against an axis-aligned rectangle. */
function clipRing(ring, box) {
    const edges = [
        [(p) => p[0] >= box.minLon, (a, b) => crossX(a, b, box.minLon)],
        [(p) => p[0] <= box.maxLon, (a, b) => crossX(a, b, box.maxLon)],
        [(p) => p[1] >= box.minLat, (a, b) => crossY(a, b, box.minLat)],
        [(p) => p[1] <= box.maxLat, (a, b) => crossY(a, b, box.maxLat)],
    ];
    let points = ring;
    for (const [inside, cross] of edges) {
        const next = [];
        for (let i = 0; i < points.length; ++i) {
            const current = points[i];
            const previous = points[(i + points.length - 1) % points.length];
            if (inside(current)) {
                if (!inside(previous)) next.push(cross(previous, current));
                next.push(current);
            } else if (inside(previous)) {
                next.push(cross(previous, current));
            }
        }
        points = next;
        if (!points.length) break;
    }
    return points;
}

function crossX(a, b, x) {
    return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
}
function crossY(a, b, y) {
    return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}

function insideBox(p, box) {
    return p[0] >= box.minLon && p[0] <= box.maxLon && p[1] >= box.minLat && p[1] <= box.maxLat;
}

/** Splits a polyline into the runs of points inside the rectangle (points, not exact crossings). */
function clipLine(line, box) {
    const runs = [];
    let run = [];
    for (const p of line) {
        if (insideBox(p, box)) {
            run.push(p);
        } else {
            if (run.length > 1) runs.push(run);
            run = [];
        }
    }
    if (run.length > 1) runs.push(run);
    return runs;
}

function clipPolygons(polygons, box) {
    return polygons
        .map((rings) => rings.map((ring) => clipRing(ring, box)).filter((ring) => ring.length >= 3))
        .filter((rings) => rings.length > 0);
}

/** Byte writer for varints and zigzag-encoded signed integers. */
class Writer {
    constructor() {
        this.bytes = [];
    }
    u8(value) {
        this.bytes.push(value & 0xff);
    }
    varint(value) {
        let v = value;
        while (v >= 0x80) {
            this.bytes.push((v % 0x80) | 0x80);
            v = Math.floor(v / 0x80);
        }
        this.bytes.push(v);
    }
    zigzag(value) {
        this.varint(value >= 0 ? value * 2 : -value * 2 - 1);
    }
}

function quantise(degrees) {
    return Math.round(degrees * UNITS_PER_DEGREE);
}

/** Writes a ring, dropping points that quantise onto their predecessor. */
function writeRing(out, ring) {
    const points = [];
    for (const [lon, lat] of ring) {
        const q = [quantise(lon), quantise(lat)];
        const last = points[points.length - 1];
        if (!last || last[0] !== q[0] || last[1] !== q[1]) points.push(q);
    }
    out.varint(points.length);
    let previous = [0, 0];
    for (const p of points) {
        out.zigzag(p[0] - previous[0]);
        out.zigzag(p[1] - previous[1]);
        previous = p;
    }
}

function writeSection(out, kind, scale, box, features) {
    out.u8(kind);
    out.u8(scale);
    for (const v of [box.minLon, box.minLat, box.maxLon, box.maxLat]) out.zigzag(quantise(v));
    out.varint(features.length);
    for (const rings of features) {
        out.varint(rings.length);
        for (const ring of rings) writeRing(out, ring);
    }
}

function loadScale(dir, name) {
    const topology = JSON.parse(readFileSync(join(dir, `countries-${name}.json`), "utf8"));
    const arcs = decodeArcs(topology);
    return { land: landPolygons(topology, arcs), borders: borderLines(topology, arcs) };
}

function main() {
    const [dir, output] = process.argv.slice(2);
    if (!dir || !output) {
        console.error("usage: node build-basemap.mjs WORLD_ATLAS_DIR OUTPUT.ypbm");
        process.exit(2);
    }
    const sections = [];
    for (const [name, scale] of [["110m", 11], ["50m", 5]]) {
        const data = loadScale(dir, name);
        sections.push([1, scale, WORLD, data.land]);
        sections.push([2, scale, WORLD, data.borders.map((line) => [line])]);
    }
    const detail = loadScale(dir, "10m");
    sections.push([1, 1, DETAIL_REGION, clipPolygons(detail.land, DETAIL_REGION)]);
    const detailBorders = detail.borders.flatMap((line) => clipLine(line, DETAIL_REGION));
    sections.push([2, 1, DETAIL_REGION, detailBorders.map((line) => [line])]);

    const out = new Writer();
    for (const c of "YPBM") out.u8(c.charCodeAt(0));
    out.u8(1);
    out.varint(sections.length);
    for (const section of sections) writeSection(out, ...section);
    writeFileSync(output, Buffer.from(out.bytes));
    console.log(`${output}: ${out.bytes.length} bytes, ${sections.length} sections`);
}

main();
