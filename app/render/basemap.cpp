// Decoding of the YPBM base map: varint sections of quantised, delta-encoded rings.
#include "app/render/basemap.h"

#include <QFile>

#include <cstdint>

namespace yeonpyo::render {
namespace {

constexpr double kUnitsPerDegree = 1e5;
constexpr double kCoarseZoomLimit = 2.5;  ///< Below this zoom the world scale (1:110m) is enough.
constexpr double kDetailZoom =
    4.5;  ///< From this zoom on, the 1:10m detail is used where it covers.

/// Reads varints from a byte buffer; any read past the end marks the reader as failed.
class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}

    bool failed() const { return failed_; }
    bool atEnd() const { return position_ >= bytes_.size(); }

    std::uint8_t byte() {
        if (position_ >= bytes_.size()) {
            failed_ = true;
            return 0;
        }
        return static_cast<std::uint8_t>(bytes_[position_++]);
    }
    std::uint64_t varint() {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64 && !failed_; shift += 7) {
            const std::uint8_t b = byte();
            value |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if ((b & 0x80) == 0)
                return value;
        }
        failed_ = true;
        return 0;
    }
    std::int64_t zigzag() {
        const std::uint64_t v = varint();
        return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
    }
    double degrees() { return static_cast<double>(zigzag()) / kUnitsPerDegree; }

private:
    std::string_view bytes_;
    std::size_t position_ = 0;
    bool failed_ = false;
};

QPolygonF readRing(Reader& in) {
    const std::uint64_t count = in.varint();
    QPolygonF ring;
    if (in.failed() || count > 10'000'000)
        return ring;
    ring.reserve(static_cast<qsizetype>(count));
    std::int64_t lon = 0;
    std::int64_t lat = 0;
    for (std::uint64_t i = 0; i < count && !in.failed(); ++i) {
        lon += in.zigzag();
        lat += in.zigzag();
        const geo::PixelPoint w = geo::geoToWorld({lat / kUnitsPerDegree, lon / kUnitsPerDegree});
        ring << QPointF(w.x, w.y);
    }
    return ring;
}

BaseMapSection readSection(Reader& in) {
    BaseMapSection section;
    const std::uint8_t kind = in.byte();
    section.feature = kind == 3   ? BaseMapFeature::Rivers
                      : kind == 2 ? BaseMapFeature::Borders
                                  : BaseMapFeature::Land;
    // River sections keep their class where the others keep their scale.
    const std::uint8_t detail = in.byte();
    section.scale = kind == 3 ? 0 : detail * 10;
    section.riverClass = kind == 3 ? detail : 0;
    section.coverage.west = in.degrees();
    section.coverage.south = in.degrees();
    section.coverage.east = in.degrees();
    section.coverage.north = in.degrees();
    const std::uint64_t features = in.varint();
    for (std::uint64_t f = 0; f < features && !in.failed(); ++f) {
        BaseMapShape shape;
        const std::uint64_t rings = in.varint();
        for (std::uint64_t r = 0; r < rings && !in.failed(); ++r) {
            shape.rings.push_back(readRing(in));
            shape.bounds = shape.bounds.isNull()
                               ? shape.rings.back().boundingRect()
                               : shape.bounds.united(shape.rings.back().boundingRect());
        }
        section.shapes.push_back(std::move(shape));
    }
    return section;
}

}  // namespace

Result<BaseMap> BaseMap::decode(std::string_view bytes) {
    Reader in(bytes);
    if (bytes.substr(0, 4) != "YPBM")
        return Error{"The base map is not in the YPBM format."};
    for (int i = 0; i < 4; ++i)
        in.byte();
    if (in.byte() != 1)
        return Error{"The base map has an unsupported YPBM version."};
    BaseMap map;
    const std::uint64_t sections = in.varint();
    for (std::uint64_t s = 0; s < sections && !in.failed(); ++s)
        map.sections_.push_back(readSection(in));
    if (in.failed() || !in.atEnd())
        return Error{"The base map data is truncated or corrupt."};
    return map;
}

namespace {

BaseMap decodeResource(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return BaseMap{};
    const QByteArray bytes = file.readAll();
    auto decoded = BaseMap::decode(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    return decoded ? std::move(decoded).value() : BaseMap{};
}

}  // namespace

const BaseMap& BaseMap::bundled() {
    static const BaseMap map = decodeResource(QStringLiteral(":/yeonpyo/basemap/world.ypbm"));
    return map;
}

const BaseMap& BaseMap::bundledRivers() {
    static const BaseMap map = decodeResource(QStringLiteral(":/yeonpyo/basemap/rivers.ypbm"));
    return map;
}

int BaseMap::scaleFor(const geo::MapViewport& viewport) const {
    if (viewport.zoom() < kCoarseZoomLimit)
        return 110;
    if (viewport.zoom() >= kDetailZoom) {
        geo::GeoPoint northWest;
        geo::GeoPoint southEast;
        const bool projected =
            viewport.pixelToGeo({0, 0}, northWest) &&
            viewport.pixelToGeo({viewport.width(), viewport.height()}, southEast);
        for (const BaseMapSection& s : sections_) {
            if (s.scale < 50 && projected && s.coverage.contains(northWest) &&
                s.coverage.contains(southEast) && northWest.lon <= southEast.lon) {
                return s.scale;
            }
        }
    }
    return 50;
}

const BaseMapSection* BaseMap::section(BaseMapFeature feature, int scale) const {
    for (const BaseMapSection& s : sections_) {
        if (s.feature == feature && s.scale == scale)
            return &s;
    }
    return nullptr;
}

}  // namespace yeonpyo::render
