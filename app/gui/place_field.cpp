// PlaceField: gazetteer completion for the event editor.
#include "app/gui/place_field.h"

#include <QCompleter>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>

#include <cmath>
#include <map>

#include "core/lexicon/lexicon.h"

namespace yeonpyo::gui {
namespace {

QString completionOf(const lexicon::PlaceEntry& entry) {
    if (entry.nameEn.empty() || entry.nameEn == entry.nameKo)
        return QString::fromStdString(entry.nameKo);
    if (entry.nameKo.empty())
        return QString::fromStdString(entry.nameEn);
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(entry.nameKo),
                                         QString::fromStdString(entry.nameEn));
}

/// Completion texts of every gazetteer place that has coordinates, and the entry each stands for.
const std::map<QString, const lexicon::PlaceEntry*>& placesByCompletion() {
    static const auto places = [] {
        std::map<QString, const lexicon::PlaceEntry*> byText;
        for (const lexicon::PlaceEntry& entry : lexicon::builtinLexicon().gazetteer.entries()) {
            if (entry.lat && entry.lon)
                byText.emplace(completionOf(entry), &entry);
        }
        return byText;
    }();
    return places;
}

QString coordinate(const std::optional<double>& value) {
    return value ? QString::number(*value, 'f', 5) : QString();
}

}  // namespace

PlaceField::PlaceField(QWidget* parent)
    : QWidget(parent),
      name_(new QLineEdit(this)),
      latitude_(new QLineEdit(this)),
      longitude_(new QLineEdit(this)) {
    name_->setObjectName("placeName");
    latitude_->setObjectName("placeLatitude");
    longitude_->setObjectName("placeLongitude");
    latitude_->setPlaceholderText(tr("latitude"));
    longitude_->setPlaceholderText(tr("longitude"));
    latitude_->setValidator(new QDoubleValidator(-90, 90, 6, latitude_));
    longitude_->setValidator(new QDoubleValidator(-180, 180, 6, longitude_));
    QStringList completions;
    for (const auto& [text, entry] : placesByCompletion())
        completions << text;
    auto* completer = new QCompleter(completions, name_);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    name_->setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            &PlaceField::choose);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(name_, 3);
    layout->addWidget(latitude_, 1);
    layout->addWidget(longitude_, 1);
}

void PlaceField::setPlace(const Place& place) {
    place_ = place;
    name_->setText(QString::fromStdString(place.name));
    latitude_->setText(coordinate(place.lat));
    longitude_->setText(coordinate(place.lon));
}

void PlaceField::choose(const QString& completion) {
    const auto found = placesByCompletion().find(completion);
    if (found == placesByCompletion().end())
        return;
    const lexicon::PlaceEntry& entry = *found->second;
    const lexicon::Gazetteer& gazetteer = lexicon::builtinLexicon().gazetteer;
    const bool korean = !entry.nameKo.empty();
    place_ = Place{};
    place_.name = korean ? entry.nameKo : entry.nameEn;
    place_.address = gazetteer.address(entry, korean ? "ko" : "en");
    place_.lat = entry.lat;
    place_.lon = entry.lon;
    place_.precision = lexicon::precisionOf(entry.kind);
    place_.gazetteerId = entry.id;
    // The completer writes its text after this slot; put the plain name back once it has.
    QMetaObject::invokeMethod(
        this, [this] { setPlace(place_); }, Qt::QueuedConnection);
    setPlace(place_);
}

Place PlaceField::place() const {
    Place place = place_;
    const QString name = name_->text().trimmed();
    if (name.toStdString() != place_.name) {
        place = Place{};
        place.name = name.toStdString();
    }
    bool latitudeOk = false;
    bool longitudeOk = false;
    const double latitude = latitude_->text().toDouble(&latitudeOk);
    const double longitude = longitude_->text().toDouble(&longitudeOk);
    const bool valid =
        latitudeOk && longitudeOk && std::abs(latitude) <= 90 && std::abs(longitude) <= 180;
    place.lat = valid ? std::optional(latitude) : std::nullopt;
    place.lon = valid ? std::optional(longitude) : std::nullopt;
    if (valid && place.precision == PlacePrecision::Unknown && !place.name.empty())
        place.precision = PlacePrecision::Venue;
    return place;
}

}  // namespace yeonpyo::gui
