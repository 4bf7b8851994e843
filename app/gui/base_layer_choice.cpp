// Base layer choices: reading and writing them in QSettings and opening their tile sources.
#include "app/gui/base_layer_choice.h"

#include "app/render/mbtiles_source.h"

namespace yeonpyo::gui {
namespace {

struct KindName {
    BaseLayerChoice::Kind kind;
    const char* name;
};
constexpr KindName kKindNames[] = {{BaseLayerChoice::Kind::Bundled, "bundled"},
                                   {BaseLayerChoice::Kind::OpenStreetMap, "openstreetmap"},
                                   {BaseLayerChoice::Kind::CustomTiles, "tiles"},
                                   {BaseLayerChoice::Kind::MBTiles, "mbtiles"}};

const QString kKindKey = QStringLiteral("map/baseLayer");
const QString kLocationKey = QStringLiteral("map/baseLayerLocation");
const QString kAttributionKey = QStringLiteral("map/baseLayerAttribution");

}  // namespace

BaseLayerChoice BaseLayerChoice::load(const QSettings& settings) {
    BaseLayerChoice choice;
    const QString name = settings.value(kKindKey).toString();
    for (const KindName& known : kKindNames) {
        if (name == QLatin1String(known.name))
            choice.kind = known.kind;
    }
    if (choice.kind == Kind::CustomTiles || choice.kind == Kind::MBTiles)
        choice.location = settings.value(kLocationKey).toString();
    if (choice.kind == Kind::CustomTiles)
        choice.attribution = settings.value(kAttributionKey).toString();
    return choice;
}

void BaseLayerChoice::save(QSettings& settings) const {
    for (const KindName& known : kKindNames) {
        if (known.kind == kind)
            settings.setValue(kKindKey, QLatin1String(known.name));
    }
    settings.setValue(kLocationKey, location);
    settings.setValue(kAttributionKey, attribution);
}

Result<OpenedBaseLayer> openBaseLayer(const BaseLayerChoice& choice,
                                      const QString& cacheDirectory) {
    if (choice.kind == BaseLayerChoice::Kind::Bundled)
        return OpenedBaseLayer{};
    if (choice.kind == BaseLayerChoice::Kind::MBTiles) {
        auto opened = render::MBTilesSource::open(choice.location);
        if (!opened)
            return opened.error();
        return OpenedBaseLayer{std::move(opened).value(), nullptr};
    }
    net::XyzTileSettings settings;
    settings.cacheDirectory = cacheDirectory;
    if (choice.kind == BaseLayerChoice::Kind::CustomTiles) {
        settings.urlTemplate = choice.location;
        settings.attribution = choice.attribution;
    }
    auto created = net::XyzTileSource::create(settings);
    if (!created)
        return created.error();
    net::XyzTileSource* downloads = created.value().get();
    return OpenedBaseLayer{std::move(created).value(), downloads};
}

}  // namespace yeonpyo::gui
