#include "app/workbench/SessionFile.h"

#include "core/SumsArchive.h"

#include "core/InputError.h"
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

bool writeResultsCache(const QString& sessionPath, const AnalysisOutcome& o, QString* error) {
    core::SumsArchive archive;
    archive.fingerprint =
        core::sumsFingerprint(o.layout, o.q, o.rc, o.state.originEvery, o.state.pairCutoffs);
    archive.q = o.q;
    archive.rc = o.rc;
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
                                                  const WorkbenchState& state, QString* note) {
    QFile file(sessionPath + ".cache");
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    const QByteArray raw = file.readAll();
    try {
        auto archive = core::decodeArchive(std::vector<std::uint8_t>(raw.begin(), raw.end()));
        auto out = std::make_shared<AnalysisOutcome>();
        try {
            out->layout = core::discoverEnsemble(state.ensemblePath);
            if (core::sumsFingerprint(out->layout, archive.q, archive.rc, state.originEvery,
                                      state.pairCutoffs) != archive.fingerprint)
                return nullptr; // trajectories changed: recompute
        } catch (const core::InputError&) {
            // The trajectories are gone: the cache is all there is.
            out->layout.root = state.ensemblePath;
            for (const auto& t : archive.sums.temperatures) {
                core::TemperatureFiles tf{t.temperature, t.label, {}};
                for (const auto& r : t.replicas)
                    tf.replicas.push_back({r.label, {}, {}, std::nullopt});
                out->layout.temperatures.push_back(tf);
            }
            if (note)
                *note = QObject::tr("The ensemble is not at %1 any more: showing the results saved "
                                    "with the session")
                            .arg(QString::fromStdString(state.ensemblePath));
        }
        out->state = state;
        out->q = archive.q;
        out->rc = archive.rc;
        out->qSource = archive.qSource;
        out->rcSource = archive.rcSource;
        out->structure = std::move(archive.structure);
        out->warnings = archive.sums.warnings;
        out->badFiles = archive.sums.badFiles;
        out->sums = std::make_shared<const core::EnsembleSums>(std::move(archive.sums));
        core::Progress progress;
        return computeOutcome(state, out.get(), Recompute::Averages, progress);
    } catch (const std::exception&) {
        return nullptr; // a damaged cache only costs a recomputation
    }
}

} // namespace tx::app
