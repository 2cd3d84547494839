#include "widgets/ExportFile.h"

#include "core/output/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tx::widgets {

QString temporaryPathFor(const QString& path) {
    const QFileInfo info(path);
    return info.dir().filePath("." + info.completeBaseName() + ".tmp." + info.suffix());
}

QString finishExport(const QString& temporary, const QString& path, bool written) {
    if (!written || QFileInfo(temporary).size() == 0) {
        QFile::remove(temporary);
        return QCoreApplication::translate("tx::widgets", "Could not write %1").arg(path);
    }
    const std::string problem = core::moveIntoPlace(QFile::encodeName(temporary).toStdString(),
                                                    QFile::encodeName(path).toStdString());
    if (!problem.empty())
        return QCoreApplication::translate("tx::widgets", "Could not move the file into place at "
                                                          "%1: %2")
            .arg(path, QString::fromStdString(problem));
    return {};
}

} // namespace tx::widgets
