#pragma once
// Which of the paper's four paths (Fig. 1) a gamma_tau(T) follows between T_g and T_m:
//   P_I   gamma rises on cooling everywhere (minimum at the top): jump at T_m, no LLL;
//   P_II  gamma falls on cooling everywhere (minimum at the bottom): no SLL;
//   P_III an interior minimum reached by a jump;
//   P_IV  an interior minimum reached smoothly (the paper's finding for Al, CuZr, KA).
// A step between neighbouring temperatures is a jump when it exceeds 3 combined bootstrap
// errors of its two ends AND 3 times the median of the other steps.
#include <optional>
#include <span>
#include <string>

namespace tx::core {

enum class CrossoverPath { Undetermined, I, II, III, IV };

struct PathClassification {
    CrossoverPath path = CrossoverPath::Undetermined;
    std::string reason;
    double largestStep = 0.0;      // |delta gamma| of the largest step
    double largestStepError = 0.0; // its combined bootstrap error
    double medianOtherSteps = 0.0;
    double stepFrom = 0.0, stepTo = 0.0; // the temperatures of the largest step
    int points = 0;                      // temperatures with gamma_tau between T_g and T_m
    static constexpr double kErrorThreshold = 3.0;
    static constexpr double kMedianThreshold = 3.0;
};

std::string pathName(CrossoverPath path); // "P_IV", ...
// The same in the plots' markup, its numeral as one subscript: "P_{IV}".
std::string pathMarkup(CrossoverPath path);

PathClassification classifyPath(std::span<const double> temperature,
                                std::span<const std::optional<double>> gamma,
                                std::span<const double> gammaError, std::optional<double> tg,
                                std::optional<double> tm);

} // namespace tx::core
