#include "app/workbench/SessionFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tx::app {

bool writeSession(const QString& path, const Session& session, QString* error) {
    nlohmann::json j = toJson(session.state);
    j["view"] = {{"page", session.currentPage}};
    j["ensemble_relative"] =
        QFileInfo(path)
            .absoluteDir()
            .relativeFilePath(QString::fromStdString(session.state.ensemblePath))
            .toStdString();
    QSaveFile file(path); // writes a temporary file and renames it on commit
    const std::string text = j.dump(2);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
        if (error)
            *error = QObject::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<Session> readSession(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QObject::tr("Could not read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    try {
        const auto j = nlohmann::json::parse(file.readAll().toStdString());
        Session s{stateFromJson(j), j.contains("view") ? j["view"].value("page", 0) : 0};
        const QString relative =
            QString::fromStdString(j.value("ensemble_relative", std::string()));
        const QString moved = QFileInfo(path).absoluteDir().filePath(relative);
        if (!QFileInfo::exists(QString::fromStdString(s.state.ensemblePath)) &&
            !relative.isEmpty() && QFileInfo::exists(moved))
            s.state.ensemblePath = QFileInfo(moved).absoluteFilePath().toStdString();
        return s;
    } catch (const nlohmann::json::exception& e) {
        if (error)
            *error =
                QObject::tr("%1 is not a valid session: %2").arg(path, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

} // namespace tx::app
