#include "app/workbench/SessionFile.h"

#include "core/output/SumsArchive.h"

#include "core/io/InputError.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tx::app {

bool writeSession(const QString& path, const Session& session, QString* error) {
    nlohmann::json j = core::toJson(session.parameters);
    j["format"] = "tx-workbench-session";
    j["version"] = 2;
    j["view"] = {{"page", session.page.toStdString()}};
    j["ensemble_relative"] =
        QFileInfo(path)
            .absoluteDir()
            .relativeFilePath(QString::fromStdString(session.parameters.reading.ensemble))
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
        if (j.value("format", "") != "tx-workbench-session")
            throw nlohmann::json::other_error::create(501, "not a Tx Workbench session", &j);
        Session s{core::parametersFromJson(j), {}, std::nullopt};
        if (s.parameters.reading.ensemble.empty())
            throw nlohmann::json::other_error::create(502, "no ensemble path", &j);
        // A relative path (a hand-written session) is relative to the session's folder, not
        // to wherever the workbench was started (found by fuzz_session: a save and a reopen
        // moved such an ensemble).
        const QDir sessionDir = QFileInfo(path).absoluteDir();
        const QString ensemble = QString::fromStdString(s.parameters.reading.ensemble);
        if (QFileInfo(ensemble).isRelative())
            s.parameters.reading.ensemble =
                QDir::cleanPath(sessionDir.filePath(ensemble)).toStdString();
        if (const auto view = j.find("view"); view != j.end() && view->contains("page")) {
            const auto& page = (*view)["page"];
            if (page.is_string())
                s.page = QString::fromStdString(page.get<std::string>());
            else if (page.is_number_integer() && page.get<std::int64_t>() >= 0 &&
                     page.get<std::int64_t>() < 1000)
                s.legacyPageIndex = int(page.get<std::int64_t>()); // version 1: the tab index
            else
                throw nlohmann::json::other_error::create(503, "view.page: a page id", &j);
        }
        const QString relative =
            QString::fromStdString(j.value("ensemble_relative", std::string()));
        const QString moved = sessionDir.filePath(relative);
        if (!QFileInfo::exists(QString::fromStdString(s.parameters.reading.ensemble)) &&
            !relative.isEmpty() && QFileInfo::exists(moved))
            s.parameters.reading.ensemble = QFileInfo(moved).absoluteFilePath().toStdString();
        return s;
    } catch (const nlohmann::json::exception& e) {
        if (error)
            *error =
                QObject::tr("%1 is not a valid session: %2").arg(path, QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

bool writeResultsCache(const QString& sessionPath, const AnalysisOutcome& o, QString* error) {
    core::SumsArchive archive;
    archive.fingerprint = core::sumsFingerprint(o.layout, o.parameters.reading);
    archive.q = o.correlator.q;
    archive.rc = o.correlator.cutoff;
    archive.qSource = o.qSource;
    archive.rcSource = o.rcSource;
    archive.sums = *o.sums;
    archive.structure = o.structure;
    const auto bytes = core::encodeArchive(archive);
    QSaveFile file(sessionPath + ".cache");
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size())) !=
            qint64(bytes.size()) ||
        !file.commit()) {
        if (error)
            *error = QObject::tr("Could not write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::shared_ptr<AnalysisOutcome> readResultsCache(const QString& sessionPath,
                                                  const core::AnalysisParameters& parameters,
                                                  QString* note) {
    QFile file(sessionPath + ".cache");
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray raw = file.readAll();
    try {
        auto archive = core::decodeArchive(std::vector<std::uint8_t>(raw.begin(), raw.end()));
        const core::ReadingParameters& reading = parameters.reading;
        core::PipelineOutcome kept;
        try {
            kept.layout = core::discoverEnsemble(reading.ensemble, reading.segmentSteps);
            if (core::sumsFingerprint(kept.layout, reading) != archive.fingerprint)
                return nullptr; // trajectories or reading parameters changed: recompute
        } catch (const core::InputError&) {
            // The trajectories are gone: the cache is all there is, if it was computed with
            // the session's parameters (the file part of the fingerprint cannot be checked).
            const auto saved = nlohmann::json::parse(archive.fingerprint);
            if (saved.at("reading") != core::readingJson(reading))
                return nullptr;
            kept.layout.root = reading.ensemble;
            for (const auto& t : archive.sums.temperatures) {
                core::TemperatureFiles tf{t.temperature, t.label, {}};
                for (const auto& r : t.replicas)
                    tf.replicas.push_back({r.label, {}, {}, std::nullopt});
                kept.layout.temperatures.push_back(tf);
            }
            if (note)
                *note = QObject::tr("The ensemble is not at %1 any more: showing the results saved "
                                    "with the session")
                            .arg(QString::fromStdString(reading.ensemble));
        }
        kept.parameters = parameters;
        kept.correlator = core::correlatorSettingsOf(reading, archive.q, archive.rc);
        kept.qSource = archive.qSource;
        kept.rcSource = archive.rcSource;
        kept.structure = std::move(archive.structure);
        kept.sums = std::make_shared<const core::EnsembleSums>(std::move(archive.sums));
        core::Progress progress;
        return core::analyseKeptSums(parameters, std::move(kept), progress);
    } catch (const std::exception&) {
        return nullptr; // a damaged cache only costs a recomputation
    }
}

} // namespace tx::app
