#pragma once
// Lecture mode, for a projector: every plot with large type (1.6 times the normal size),
// thick lines (at least 2.5 px), solid light fills instead of hatching (hatching turns to
// moiré on a projector), and a darker grid. Applying it again changes nothing; switching it
// off puts fonts, fills and grid back (lines come back with the next drawing).
class QCustomPlot;

namespace tx::widgets {

inline constexpr double kLectureFontScale = 1.6;
inline constexpr double kLectureLineWidth = 2.5;

void applyLectureStyle(QCustomPlot* plot, bool on);

} // namespace tx::widgets
