// Export choices: presets, scopes, render options, and their memory in QSettings.
#include "app/gui/export_choices.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>
#include <QSettings>

#include <algorithm>
#include <array>
#include <cmath>

#include "app/render/page_painter.h"
#include "app/render/tile_snapshot.h"

namespace yeonpyo::gui {
namespace {

constexpr double kCssDpi = 96.0;

QString tr(const char* text, int count = -1) {
    return QCoreApplication::translate("yeonpyo::gui", text, nullptr, count);
}

/// Names stored in the settings file: readable, and stable when enums are reordered.
template <typename Enum>
struct Named {
    Enum value;
    const char* name;
};

constexpr std::array<Named<render::ImageFormat>, 3> kFormats{{{render::ImageFormat::Png, "png"},
                                                              {render::ImageFormat::Svg, "svg"},
                                                              {render::ImageFormat::Pdf, "pdf"}}};
constexpr std::array<Named<SizePreset>, 5> kPresets{{{SizePreset::FullHd, "1920x1080"},
                                                     {SizePreset::Uhd4k, "3840x2160"},
                                                     {SizePreset::A4, "a4"},
                                                     {SizePreset::Letter, "letter"},
                                                     {SizePreset::Custom, "custom"}}};
constexpr std::array<Named<ExportScope>, 3> kScopes{{{ExportScope::WholeDocument, "document"},
                                                     {ExportScope::DateRange, "range"},
                                                     {ExportScope::CurrentView, "view"}}};
constexpr std::array<Named<render::ThemeKind>, 3> kThemes{{{render::ThemeKind::Light, "light"},
                                                           {render::ThemeKind::Dark, "dark"},
                                                           {render::ThemeKind::Print, "print"}}};

template <typename Enum, std::size_t N>
Enum read(const QSettings& settings, const char* key, const std::array<Named<Enum>, N>& names,
          Enum fallback) {
    const QString stored = settings.value(QLatin1String(key)).toString();
    for (const auto& entry : names) {
        if (stored == QLatin1String(entry.name))
            return entry.value;
    }
    return fallback;
}

template <typename Enum, std::size_t N>
void write(QSettings& settings, const char* key, const std::array<Named<Enum>, N>& names,
           Enum value) {
    for (const auto& entry : names) {
        if (entry.value == value)
            settings.setValue(QLatin1String(key), QLatin1String(entry.name));
    }
}

std::optional<QPageSize> paperOf(SizePreset preset) {
    if (preset == SizePreset::A4)
        return QPageSize(QPageSize::A4);
    if (preset == SizePreset::Letter)
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

std::int64_t startOfDay(const QDate& day, const QTimeZone& zone) {
    return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
}

}  // namespace

bool isPaperPreset(SizePreset preset) {
    return paperOf(preset).has_value();
}

QSize presetSize(SizePreset preset, QSize customSize) {
    switch (preset) {
        case SizePreset::FullHd:
            return {1920, 1080};
        case SizePreset::Uhd4k:
            return {3840, 2160};
        case SizePreset::A4:
        case SizePreset::Letter: {
            const QSizeF points = paperOf(preset)->size(QPageSize::Point);
            const QSizeF css = points * kCssDpi / 72.0;
            return QSize(qRound(std::max(css.width(), css.height())),
                         qRound(std::min(css.width(), css.height())));
        }
        case SizePreset::Custom:
            return customSize;
    }
    return customSize;
}

std::optional<std::pair<std::int64_t, std::int64_t>> scopeRange(const ImageExportChoices& choices,
                                                                const ExportContext& context) {
    switch (choices.scope) {
        case ExportScope::WholeDocument:
            return std::nullopt;
        case ExportScope::DateRange: {
            if (!choices.from.isValid() || !choices.to.isValid() || choices.to < choices.from)
                return std::nullopt;
            return std::pair{startOfDay(choices.from, context.zone),
                             startOfDay(choices.to.addDays(1), context.zone)};
        }
        case ExportScope::CurrentView:
            return std::pair{static_cast<std::int64_t>(std::floor(context.view.first)),
                             static_cast<std::int64_t>(std::ceil(context.view.second))};
    }
    return std::nullopt;
}

render::ExportOptions toExportOptions(const ImageExportChoices& choices,
                                      const ExportContext& context) {
    const bool png = choices.format == render::ImageFormat::Png;
    const bool pdf = choices.format == render::ImageFormat::Pdf;
    render::ExportOptions options;
    options.size = presetSize(choices.preset, choices.customSize);
    options.dpi = png ? choices.dpi : kCssDpi;
    options.transparent = png && choices.transparent;
    options.pages = pdf ? std::max(1, choices.pages) : 1;
    options.paper = pdf ? paperOf(choices.preset) : std::nullopt;
    options.theme = choices.theme;
    options.lanes = choices.lanes;
    options.withMap = choices.withMap;
    options.title = choices.title;
    options.legend = choices.legend;
    options.footer = choices.footer;
    options.range = scopeRange(choices, context);
    options.zone = context.zone;
    options.locale = context.locale;
    options.selectedId = context.selectedId;
    if (options.withMap && context.mapTiles && context.snapshot) {
        const auto ids = render::mapInsetTiles(snapshotFor(choices, context)->document(), options,
                                               *context.mapTiles);
        options.tiles = render::TileSnapshot::take(*context.mapTiles, ids);
    }
    return options;
}

QSizeF logicalPageSize(render::ImageFormat format, const render::ExportOptions& options) {
    switch (format) {
        case render::ImageFormat::Png:
            return QSizeF(options.size) / std::max(0.25, options.dpi / kCssDpi);
        case render::ImageFormat::Svg:
            return QSizeF(options.size);
        case render::ImageFormat::Pdf:
            if (options.paper) {
                const QSizeF points = options.paper->size(QPageSize::Point);
                return QSizeF(std::max(points.width(), points.height()),
                              std::min(points.width(), points.height())) *
                       kCssDpi / 72.0;
            }
            return QSizeF(options.size);
    }
    return QSizeF(options.size);
}

QString outputDescription(render::ImageFormat format, const render::ExportOptions& options) {
    const QSize pixels = options.size;
    switch (format) {
        case render::ImageFormat::Png:
            return tr("%1 × %2 pixels at %3 dpi (text %4×)")
                .arg(pixels.width())
                .arg(pixels.height())
                .arg(qRound(options.dpi))
                .arg(options.dpi / kCssDpi, 0, 'g', 3);
        case render::ImageFormat::Svg:
            return tr("A %1 × %2 pixel page").arg(pixels.width()).arg(pixels.height());
        case render::ImageFormat::Pdf: {
            const QSizeF page = logicalPageSize(format, options) * 25.4 / kCssDpi;
            return tr("%1 × %2 mm, %n page(s)", options.pages)
                .arg(qRound(page.width()))
                .arg(qRound(page.height()));
        }
    }
    return {};
}

std::vector<Event> eventsInRange(const std::vector<Event>& events,
                                 std::pair<std::int64_t, std::int64_t> range) {
    std::vector<Event> inside;
    for (const Event& event : events) {
        if (!event.time.beginUtc)
            continue;
        const std::int64_t begin = *event.time.beginUtc;
        const std::int64_t end = std::max(begin, event.time.endUtc.value_or(begin));
        if (begin < range.second && (end > range.first || begin >= range.first))
            inside.push_back(event);
    }
    return inside;
}

std::shared_ptr<const ExportSnapshot> snapshotFor(const ImageExportChoices& choices,
                                                  const ExportContext& context) {
    const auto range = scopeRange(choices, context);
    if (!range || !context.snapshot)
        return context.snapshot;
    auto part = std::make_shared<ExportSnapshot>();
    part->events = eventsInRange(context.snapshot->events, *range);
    part->articles = context.snapshot->articles;
    return part;
}

ImageExportChoices loadChoices(QSettings& settings) {
    ImageExportChoices choices;
    settings.beginGroup(QStringLiteral("imageExport"));
    choices.format = read(settings, "format", kFormats, choices.format);
    choices.preset = read(settings, "size", kPresets, choices.preset);
    choices.customSize = settings.value(QStringLiteral("customSize"), choices.customSize).toSize();
    choices.dpi =
        std::clamp(settings.value(QStringLiteral("dpi"), choices.dpi).toDouble(), 24.0, 1200.0);
    choices.transparent = settings.value(QStringLiteral("transparent"), false).toBool();
    choices.scope = read(settings, "scope", kScopes, choices.scope);
    choices.withMap = settings.value(QStringLiteral("map"), choices.withMap).toBool();
    choices.legend = settings.value(QStringLiteral("legend"), choices.legend).toBool();
    choices.footer = settings.value(QStringLiteral("footer"), choices.footer).toBool();
    choices.theme = read(settings, "theme", kThemes, choices.theme);
    choices.pages = std::clamp(settings.value(QStringLiteral("pages"), 1).toInt(), 1, 100);
    settings.endGroup();
    return choices;
}

void saveChoices(QSettings& settings, const ImageExportChoices& choices) {
    settings.beginGroup(QStringLiteral("imageExport"));
    write(settings, "format", kFormats, choices.format);
    write(settings, "size", kPresets, choices.preset);
    settings.setValue(QStringLiteral("customSize"), choices.customSize);
    settings.setValue(QStringLiteral("dpi"), choices.dpi);
    settings.setValue(QStringLiteral("transparent"), choices.transparent);
    write(settings, "scope", kScopes, choices.scope);
    settings.setValue(QStringLiteral("map"), choices.withMap);
    settings.setValue(QStringLiteral("legend"), choices.legend);
    settings.setValue(QStringLiteral("footer"), choices.footer);
    write(settings, "theme", kThemes, choices.theme);
    settings.setValue(QStringLiteral("pages"), choices.pages);
    settings.endGroup();
}

}  // namespace yeonpyo::gui
