#include "core/fit/PathClassification.h"

#include "core/fit/FitWindow.h"
#include "core/model/Sentences.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <vector>

namespace tx::core {

std::string pathMarkup(CrossoverPath path) {
    const std::string name = pathName(path);
    return name.starts_with("P_") ? "P_{" + name.substr(2) + "}" : name;
}

std::string pathName(CrossoverPath path) {
    switch (path) {
    case CrossoverPath::I:
        return "P_I";
    case CrossoverPath::II:
        return "P_II";
    case CrossoverPath::III:
        return "P_III";
    case CrossoverPath::IV:
        return "P_IV";
    case CrossoverPath::Undetermined:
        break;
    }
    return say(sentence::kUndetermined);
}

PathClassification classifyPath(std::span<const double> t,
                                std::span<const std::optional<double>> gamma,
                                std::span<const double> gammaError, std::optional<double> tg,
                                std::optional<double> tm) {
    PathClassification out;
    const FitWindow range{tg ? *tg : -std::numeric_limits<double>::infinity(),
                          tm ? *tm : std::numeric_limits<double>::infinity()};
    auto idx = pointsInWindow(t, gamma, range);
    std::sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return t[a] < t[b]; });
    out.points = static_cast<int>(idx.size());
    if (idx.size() < 3) {
        out.reason = say(sentence::kPathFewTemperatures);
        return out;
    }
    std::size_t m = 0;
    for (std::size_t k = 1; k < idx.size(); ++k)
        if (*gamma[idx[k]] < *gamma[idx[m]])
            m = k;
    // Largest step and the median of the others.
    std::vector<double> steps;
    std::size_t largest = 0;
    for (std::size_t k = 0; k + 1 < idx.size(); ++k) {
        steps.push_back(std::abs(*gamma[idx[k + 1]] - *gamma[idx[k]]));
        if (steps.back() > steps[largest])
            largest = k;
    }
    out.largestStep = steps[largest];
    out.stepFrom = t[idx[largest]];
    out.stepTo = t[idx[largest + 1]];
    const double e0 = gammaError.size() > idx[largest] ? gammaError[idx[largest]] : 0.0;
    const double e1 = gammaError.size() > idx[largest + 1] ? gammaError[idx[largest + 1]] : 0.0;
    out.largestStepError =
        std::sqrt((std::isnan(e0) ? 0 : e0 * e0) + (std::isnan(e1) ? 0 : e1 * e1));
    std::vector<double> others = steps;
    others.erase(others.begin() + static_cast<std::ptrdiff_t>(largest));
    std::nth_element(others.begin(),
                     others.begin() + static_cast<std::ptrdiff_t>(others.size() / 2), others.end());
    out.medianOtherSteps = others[others.size() / 2];
    const bool jump =
        out.largestStep > PathClassification::kErrorThreshold * out.largestStepError &&
        out.largestStep > PathClassification::kMedianThreshold * out.medianOtherSteps;
    auto formatted = [](const char* format, double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, format, v);
        return std::string(buf);
    };
    const std::string stepText =
        say(jump ? sentence::kLargestStepJump : sentence::kLargestStepSmooth,
            {formatted("%.3g", out.largestStep), formatted("%.2g", out.largestStepError),
             formatted("%.2g", out.medianOtherSteps)});
    if (m + 1 == idx.size()) {
        out.path = CrossoverPath::I;
        out.reason = say(sentence::kRisesEverywhere, {stepText});
    } else if (m == 0) {
        out.path = CrossoverPath::II;
        out.reason = say(sentence::kFallsEverywhere, {stepText});
    } else {
        out.path = jump ? CrossoverPath::III : CrossoverPath::IV;
        out.reason = say(sentence::kMinimumInside, {stepText});
    }
    return out;
}

} // namespace tx::core
