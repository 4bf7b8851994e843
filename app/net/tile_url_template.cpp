// Tile URL templates: validation, expansion per tile and the hosts a tile layer may contact.
#include "app/net/tile_url_template.h"

#include <QRegularExpression>

#include "app/net/url_fetcher.h"

namespace yeonpyo::net {
namespace {

Error refusal(const QString& shown, const QString& why) {
    return Error{
        QStringLiteral("The tile URL %1 cannot be used: %2.").arg(shown, why).toStdString()};
}

}  // namespace

Result<TileUrlTemplate> TileUrlTemplate::parse(const QString& text, const QStringList& subdomains) {
    TileUrlTemplate parsed;
    parsed.text_ = text.trimmed();
    parsed.subdomains_ = parsed.text_.contains(QLatin1String("{s}")) ? subdomains : QStringList{{}};
    if (parsed.subdomains_.isEmpty())
        return refusal(parsed.displayText(), QStringLiteral("{s} needs at least one subdomain"));
    for (const QString& subdomain : parsed.subdomains_) {
        const QUrl sample(parsed.expand({0, 0, 0}, subdomain), QUrl::StrictMode);
        if (!sample.isValid() || sample.host().isEmpty())
            return refusal(parsed.displayText(), QStringLiteral("it is not a valid web address"));
        if (sample.scheme() != QLatin1String("http") && sample.scheme() != QLatin1String("https"))
            return refusal(parsed.displayText(), QStringLiteral("only http and https are allowed"));
        if (!sample.userInfo().isEmpty()) {
            return refusal(displayUrl(sample),
                           QStringLiteral("it contains a user name or password"));
        }
        parsed.hosts_ << sample.host();
        parsed.scheme_ = sample.scheme();
        parsed.port_ = sample.port();
    }
    for (const char* placeholder : {"{z}", "{x}", "{y}"}) {
        if (!parsed.text_.contains(QLatin1String(placeholder))) {
            return refusal(parsed.displayText(),
                           QStringLiteral("it lacks the placeholder %1").arg(placeholder));
        }
    }
    return parsed;
}

QString TileUrlTemplate::expand(const render::TileId& id, const QString& subdomain) const {
    QString url = text_;
    url.replace(QLatin1String("{s}"), subdomain)
        .replace(QLatin1String("{z}"), QString::number(id.z))
        .replace(QLatin1String("{x}"), QString::number(id.x))
        .replace(QLatin1String("{y}"), QString::number(id.y));
    return url;
}

QUrl TileUrlTemplate::urlFor(const render::TileId& id) const {
    const auto spread = static_cast<qsizetype>((id.x + id.y) % subdomains_.size());
    return QUrl(expand(id, subdomains_[spread]), QUrl::StrictMode);
}

bool TileUrlTemplate::allows(const QUrl& url) const {
    return url.isValid() && url.userInfo().isEmpty() && url.scheme() == scheme_ &&
           url.port() == port_ && hosts_.contains(url.host(), Qt::CaseInsensitive);
}

QString TileUrlTemplate::displayText() const {
    static const QRegularExpression userInfo(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@"));
    QString shown = text_.left(text_.indexOf(QRegularExpression(QStringLiteral("[?#]"))));
    return shown.replace(userInfo, QStringLiteral("\\1"));
}

}  // namespace yeonpyo::net
