#pragma once
// The last step of every figure, picture and report export: the file was drawn into a
// temporary name beside the target, and is moved over the target only if it is complete.
#include <QString>

namespace tx::widgets {

// A temporary name beside path that keeps its suffix (some writers choose the format by it).
QString temporaryPathFor(const QString& path);

// written: whether the writer reported success. Returns an error message naming path, empty
// on success; the temporary file never survives.
QString finishExport(const QString& temporary, const QString& path, bool written);

} // namespace tx::widgets
