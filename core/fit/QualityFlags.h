#pragma once
// How far each characteristic temperature can be trusted (science §4, README "Quality
// flags"). A flag is a code and a plain message; the codes:
//   gap           the value (a vertex, a crossing, the decisive step of the path) lies in a
//                 temperature gap wider than twice the median spacing: there are no data there
//   edge          T_x is the discrete minimum at the edge of its window: the true minimum may
//                 lie outside the data
//   one_sided     fewer than two temperatures on one side of the minimum of gamma_tau
//   unstable      the bootstrap distribution is bimodal, wider than the local temperature
//                 spacing, or the fit fails on more than half of the resamples
//   inside_window T_b lies inside the window its own SE line was fitted over
//   few_points    the fit has the fewest points it can have (3 for T_x, T_c and the SE line)
//   bounds        a tau that is only a lower bound (left out) or a KWW extrapolation (used)
//                 concerns the temperatures of the fit
//   preset        T_g or T_m come from a system preset, not from the user's data
// Flags never change a value: they say what the value rests on.
#include <string>
#include <vector>

namespace tx::core {

struct QualityFlag {
    std::string code;
    std::string message;
    friend bool operator==(const QualityFlag&, const QualityFlag&) = default;
};
using QualityFlags = std::vector<QualityFlag>;

bool hasFlag(const QualityFlags& flags, const std::string& code);
void addFlag(QualityFlags& flags, const char* code, std::string message);

struct CharacteristicFlags {
    QualityFlags tx, tc, tb, tg, path;
};

// A gap is wider than this many median spacings of the temperature grid.
inline constexpr double kGapFactor = 2.0;
// Sarle's bimodality coefficient above which a bootstrap distribution counts as bimodal (a
// normal distribution has 1/3, a uniform one 5/9).
inline constexpr double kBimodalCoefficient = 0.6;

struct SeriesData;
struct SeriesSettings;
struct CharacteristicTemperatures;

CharacteristicFlags assessQuality(const SeriesData& data, const SeriesSettings& settings,
                                  const CharacteristicTemperatures& c);

// Sarle's bimodality coefficient (skewness² + 1) / (excess kurtosis + 3 (n-1)² / ((n-2)(n-3)));
// 0 for fewer than 4 values or no spread.
double bimodalityCoefficient(const std::vector<double>& values);

} // namespace tx::core
