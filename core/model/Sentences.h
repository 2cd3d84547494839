#pragma once
// Every sentence the core says to a person about a result — quality flags, why a fit failed,
// the path and its verdict, where q and r_c came from, warnings, what to simulate next — as an
// English template with %1, %2, … and filled in by say(). The CLI, the JSON files and the
// logs print the English. The workbench translates: the templates are marked with TX_SAY for
// Qt's lupdate (context "tx::core::sentence"), and widgets/CoreText.h recognises a finished
// sentence by its template (kResultSentences, and kInputSentences of InputSentences.h) and
// puts the translated template around its translated parts. A new sentence about a result
// goes here and into kResultSentences; one about bad input goes into InputSentences.h (a
// test checks that none is missing from its list and that each has its Chinese).
#include <initializer_list>
#include <string>
#include <vector>

#define TX_SAY(text) text // marks a template for lupdate (-tr-function-alias QT_TR_NOOP+=TX_SAY)

namespace tx::core {

// The template with %1 … %9 replaced by args, in order of the numbers (a %n with no
// argument stays as it is).
std::string say(const char* pattern, const std::vector<std::string>& args);
inline std::string say(const char* pattern, std::initializer_list<std::string> args = {}) {
    return say(pattern, std::vector<std::string>(args));
}

namespace sentence {

// Where the analysis's parameters came from.
inline constexpr const char* kUser = TX_SAY("user");
inline constexpr const char* kFirstPeak = TX_SAY("first peak of %1");
inline constexpr const char* kFirstMinimum = TX_SAY("first minimum of g(r)");

// The correlators' plot titles (Channels.cpp, the channel table).
inline constexpr const char* kSelfTitle = TX_SAY("F_s(q,t): self");
inline constexpr const char* kOverlapTitle = TX_SAY("Q(t): overlap, Θ(a − |Δr|)");
inline constexpr const char* kPairPlusTitle = TX_SAY("F_+(q,t): pair centre of mass");
inline constexpr const char* kPairMinusTitle = TX_SAY("F_−(q,t): pair relative");

// Quality flags (QualityFlags.h).
inline constexpr const char* kFewResamples =
    TX_SAY("%1 could be found on only %2 of %3 bootstrap resamples");
inline constexpr const char* kWideSpread =
    TX_SAY("the bootstrap spread of %1 (%2) is wider than the temperature spacing there (%3): "
           "the data do not pin it down");
inline constexpr const char* kTwoGroups =
    TX_SAY("the bootstrap values of %1 fall into two groups (bimodality coefficient %2): two "
           "answers are about as likely");
inline constexpr const char* kExtrapolated =
    TX_SAY("%1 at T = %2 rests on a KWW extrapolation of τ");
inline constexpr const char* kLowerBound =
    TX_SAY("%1 at T = %2 is missing because a tau there is only a lower bound (F did not reach "
           "1/e within the run), so those temperatures are left out of the fit; run them longer");
inline constexpr const char* kEdgeColdest =
    TX_SAY("the smallest γ_τ is at the coldest temperature of the window (T = %1): T_x is that "
           "temperature, and the true minimum may lie outside the data");
inline constexpr const char* kEdgeHottest =
    TX_SAY("the smallest γ_τ is at the hottest temperature of the window (T = %1): T_x is that "
           "temperature, and the true minimum may lie outside the data");
inline constexpr const char* kOneSidedColder =
    TX_SAY("fewer than two temperatures on the colder side of the minimum of γ_τ: simulate "
           "below %1");
inline constexpr const char* kOneSidedHotter =
    TX_SAY("fewer than two temperatures on the hotter side of the minimum of γ_τ: simulate "
           "above %1");
inline constexpr const char* kGap =
    TX_SAY("between T = %1 and %2, a gap of %3 (%4 times the median spacing %5)");
inline constexpr const char* kTxInGap =
    TX_SAY("T_x = %1 lies %2: the parabola there is not data; simulate in between");
inline constexpr const char* kMinimumBordersGap =
    TX_SAY("the minimum of γ_τ at T = %1 borders a gap %2");
inline constexpr const char* kTxThreePoints =
    TX_SAY("only 3 temperatures with γ_τ in the window: the parabola passes through all of "
           "them, so nothing checks its shape");
inline constexpr const char* kTcWidened =
    TX_SAY("no window [T_i, %1 T_i] held 3 temperatures with a good fit on this grid, so the "
           "windows were widened to [T_i, %2 T_i]: simulate temperatures closer together");
inline constexpr const char* kTcFewPoints =
    TX_SAY("the power law A (T - T_c)^-nu has 3 parameters and is fitted to %1 temperatures "
           "(%2): it passes through them, so nothing checks it");
inline constexpr const char* kWindowHoldsGap = TX_SAY("the fit window holds a gap %1");
inline constexpr const char* kSeLineFewPoints =
    TX_SAY("the SE line is fitted to %1 temperatures (%2)");
inline constexpr const char* kTbInsideWindow =
    TX_SAY("T_b = %1 lies inside the window of its own SE line %2: the line was fitted partly "
           "to the breakdown it is meant to detect; choose a line window above T_b");
inline constexpr const char* kTbInGap =
    TX_SAY("T_b = %1 lies %2: the crossing is an interpolation over no data");
inline constexpr const char* kPathStepInGap =
    TX_SAY("the largest step of γ_τ, which decides the path, spans a gap %1: simulate in between");
inline constexpr const char* kPathPresetBoth =
    TX_SAY("the path is judged between T_g and T_m, both from the %1 preset, not from your data");
inline constexpr const char* kPathPresetTg =
    TX_SAY("the path is judged between T_g and T_m, T_g from the %1 preset, not from your data");
inline constexpr const char* kPathPresetTm =
    TX_SAY("the path is judged between T_g and T_m, T_m from the %1 preset, not from your data");
inline constexpr const char* kPathThreePoints =
    TX_SAY("only 3 temperatures with γ_τ between T_g and T_m");
inline constexpr const char* kPathResamples =
    TX_SAY("the bootstrap resamples give another path (%1 among them) %2 times in %3");
inline constexpr const char* kTgPreset =
    TX_SAY("T_g = %1 is the %2 preset, an approximate literature value, not from your data; "
           "T_g depends on the cooling rate: give your own with --tg");

// The glass transition from a cooling log (GlassTransitionFit.h).
inline constexpr const char* kGlassLineFewRows =
    TX_SAY("the glass line rests on %1 rows of the log: write thermo output more often (thermo "
           "N) or widen its window");
inline constexpr const char* kLiquidLineFewRows =
    TX_SAY("the liquid line rests on %1 rows of the log: write thermo output more often (thermo "
           "N) or widen its window");
inline constexpr const char* kLinesCrossOutside =
    TX_SAY("the two lines cross at %1, outside the temperatures of the run (%2): there are no "
           "data there");
inline constexpr const char* kTgInGlassWindow =
    TX_SAY("T_g = %1 lies inside the window of the glass line: that line was fitted partly to "
           "the bend; move the window away from T_g");
inline constexpr const char* kTgInLiquidWindow =
    TX_SAY("T_g = %1 lies inside the window of the liquid line: that line was fitted partly to "
           "the bend; move the window away from T_g");
inline constexpr const char* kTgMovesWithMargins =
    TX_SAY("T_g moves by %1 when the automatic windows stop 5 % or 20 % of the range short of "
           "the bend instead of 10 %, more than twice its bootstrap error: the bend is broad "
           "(fast cooling?); choose the windows yourself");
inline constexpr const char* kNoClearBend =
    TX_SAY("the liquid and glass slopes of %1 differ by only %2 standard errors: the log shows "
           "no clear bend (cool further, or over a wider range)");
inline constexpr const char* kLinesCrossRarely =
    TX_SAY("the two lines cross on fewer than half of the resamples");
inline constexpr const char* kTgBimodal = TX_SAY("the bootstrap distribution of T_g is bimodal");
inline constexpr const char* kGlassWindowFewRows =
    TX_SAY("fewer than %1 rows (or one temperature) in the glass window %2");
inline constexpr const char* kLiquidWindowFewRows =
    TX_SAY("fewer than %1 rows (or one temperature) in the liquid window %2");
inline constexpr const char* kLinesParallel = TX_SAY("the glass and liquid lines are parallel");
inline constexpr const char* kLinesDoNotCross = TX_SAY("the glass and liquid lines do not cross");
inline constexpr const char* kRunTooShort =
    TX_SAY("the run's %1 rows cannot hold a glass and a liquid branch: give both windows");

// Why a fit found nothing.
inline constexpr const char* kTcFewTemperatures =
    TX_SAY("fewer than 3 temperatures with τ_α in %1");
inline constexpr const char* kTauDoesNotGrow = TX_SAY("τ_α does not grow on cooling in %1 (ν ≤ 0)");
inline constexpr const char* kFitErrorTooLarge = TX_SAY("fit error too large");
inline constexpr const char* kNoSlidingWindow =
    TX_SAY("no sliding window [T_i, w T_i] with w from %1 up to %2 holds 3 temperatures with a "
           "good power-law fit (choose a window with --tc-window)");
inline constexpr const char* kSeFewTemperatures =
    TX_SAY("fewer than 3 temperatures with D·τ_α in the high-T window");
inline constexpr const char* kSeHoldsEverywhere =
    TX_SAY("D·τ_α stays within δ of the SE line down to the lowest temperature");
inline constexpr const char* kTxFewTemperatures = TX_SAY("fewer than 3 temperatures with γ_τ");
inline constexpr const char* kTxFewInWindow =
    TX_SAY("fewer than 3 temperatures with γ_τ in the window %1");
inline constexpr const char* kNoDiffusiveRegime =
    TX_SAY("no diffusive regime: fewer than 2 frames with MSD > %1 and local slope d ln MSD / "
           "d ln t in [%2, %3]");
inline constexpr const char* kMsdWindowFewFrames =
    TX_SAY("fewer than 2 frames inside the chosen MSD window");
inline constexpr const char* kKwwFewFrames = TX_SAY("fewer than 4 frames with %1 < F < %2");
inline constexpr const char* kKwwNoConvergence =
    TX_SAY("the KWW fit did not converge to a physical stretched exponential");

// The path (PathClassification.h) and its verdict in plain words (PathVerdict.h).
inline constexpr const char* kPathFewTemperatures =
    TX_SAY("fewer than 3 temperatures with γ_τ between T_g and T_m");
inline constexpr const char* kLargestStepJump =
    TX_SAY("largest step %1 (error %2, median of the others %3): a jump");
inline constexpr const char* kLargestStepSmooth =
    TX_SAY("largest step %1 (error %2, median of the others %3): smooth");
inline constexpr const char* kRisesEverywhere =
    TX_SAY("γ_τ rises on cooling at every temperature (no LLL); %1");
inline constexpr const char* kFallsEverywhere =
    TX_SAY("γ_τ falls on cooling down to the lowest temperature (no SLL); %1");
inline constexpr const char* kMinimumInside = TX_SAY("minimum of γ_τ inside the range; %1");
inline constexpr const char* kUndetermined = TX_SAY("undetermined"); // the path's name
inline constexpr const char* kVerdict = TX_SAY("%1; %2.");
inline constexpr const char* kVerdictUndetermined =
    TX_SAY("The path cannot be told yet: %1. Simulate more temperatures between T_g and T_m");
inline constexpr const char* kVerdictPathI =
    TX_SAY("γ_τ rises on cooling at every temperature: the liquid is solid-like (SLL) all the "
           "way down, as if it jumped at T_m — path P_{I}, which the paper found for none of its "
           "three systems");
inline constexpr const char* kVerdictPathII =
    TX_SAY("γ_τ falls on cooling down to the lowest temperature: the liquid stays liquid-like "
           "(LLL), with no solid-like regime above T_g — path P_{II}, which the paper found for "
           "none of its three systems");
inline constexpr const char* kVerdictPathIII =
    TX_SAY("γ_τ falls on cooling down to %1, then jumps up: liquid-like above, solid-like "
           "below, with a sudden change at the crossover — path P_{III}");
inline constexpr const char* kVerdictPathIV =
    TX_SAY("γ_τ falls on cooling down to %1, then rises smoothly: liquid-like above, solid-like "
           "below — path P_{IV}, as for all three systems in the paper (Al, Cu_{50}Zr_{50} and "
           "Kob–Andersen)");
inline constexpr const char* kTxAbout = TX_SAY("T_x ≈ %1");
inline constexpr const char* kItsMinimum = TX_SAY("its minimum");
inline constexpr const char* kNotSet = TX_SAY("%1 not set");
inline constexpr const char* kFromCoolingLog = TX_SAY("%1 = %2 (from your cooling log)");
inline constexpr const char* kFromPreset = TX_SAY("%1 = %2 (%3 preset, not from your data)");
inline constexpr const char* kGivenByYou = TX_SAY("%1 = %2 (given by you)");
inline constexpr const char* kNoTgOrTm =
    TX_SAY("no T_g or T_m is set: the path is judged over all your temperatures");
inline constexpr const char* kJudgedBetween = TX_SAY("judged between %1 and %2");

// What to simulate next (SimulationAdvice.h).
inline constexpr const char* kTxGapAdvice =
    TX_SAY("T_x lies in a gap of the grid: a temperature in its middle decides where the "
           "minimum is");
inline constexpr const char* kTooFewColder =
    TX_SAY("the minimum of γ_τ has too few temperatures on its colder side");
inline constexpr const char* kTooFewHotter =
    TX_SAY("the minimum of γ_τ has too few temperatures on its hotter side");
inline constexpr const char* kIntervalEndsInGap =
    TX_SAY("the 95 % interval of T_x [%1, %2] ends between T = %3 and %4, where the grid has no "
           "temperature");
inline constexpr const char* kTcAdvice =
    TX_SAY("the MCT fit has few points near T_c: another temperature at the cold end of its "
           "window pins the power law down");
inline constexpr const char* kTbAdvice =
    TX_SAY("the breakdown of Stokes-Einstein is located between %1 and %2 only");
inline constexpr const char* kTauInterpolated =
    TX_SAY("ln τ_α interpolated linearly in 1/T between T = %1 and %2");
inline constexpr const char* kTauFromMct =
    TX_SAY("the fitted MCT law A (T − T_c)^{−ν}, T_c = %1 (an extrapolation; MCT overestimates τ "
           "near T_c)");
inline constexpr const char* kBelowTc = TX_SAY("below T_c of the MCT fit: no estimate");
inline constexpr const char* kBelowDataNoMct = TX_SAY("below the data and no MCT fit: no estimate");
inline constexpr const char* kTauArrhenius =
    TX_SAY("the Arrhenius line through the two hottest temperatures");
inline constexpr const char* kTauTooFew = TX_SAY("too few temperatures with τ_α: no estimate");
inline constexpr const char* kSuggestionWithTau = TX_SAY("T = %1 for %2: %3; τ_α ~ %4 (%5)");
inline constexpr const char* kSuggestion = TX_SAY("T = %1 for %2: %3; %4");
inline constexpr const char* kSegmentsOfAtLeast = TX_SAY("%1; segments of at least %2 timesteps");

// Warnings while reading.
inline constexpr const char* kJumpsHalfBox =
    TX_SAY("%1:%2: atom id %3 jumps by more than half the box at timestep %4 in positions read "
           "as unwrapped: they are probably wrapped, and the MSD and every correlator would be "
           "wrong%5");
inline constexpr const char* kCheckOption = TX_SAY("; check %1");
inline constexpr const char* kMovedQuarterBox =
    TX_SAY("%1:%2: atom id %3 moved more than a quarter box between frames; unwrapping wrapped "
           "coordinates is unreliable, dump xu yu zu or image flags instead");
inline constexpr const char* kNotPeriodic =
    TX_SAY("%1: boundaries '%2' are not periodic along %3; the analysis treats every side as "
           "periodic (minimum image), so pairs and moves across a non-periodic side are wrong");

// A warning about the results (TemperatureAnalysis.cpp).
inline constexpr const char* kPairsFaster =
    TX_SAY("T = %1: %2 below τ_α = %3; pairs should relax no faster than single atoms (τ_± ≥ "
           "τ_α): check r_c, the pair cutoffs and the species chosen");

// How each characteristic temperature was found: the notes under Table I (SeriesTables.cpp).
inline constexpr const char* kWithInterval = TX_SAY("%1; 95 % bootstrap interval [%2, %3]");
inline constexpr const char* kNoteTb = TX_SAY("T_b: SE line over T in [%1, %2], deviation > %3 %");
inline constexpr const char* kNoteTbNotReached = TX_SAY(
    "T_b: SE line over T in [%1, %2], deviation > %3 % never reached (T_b below the lowest T)");
inline constexpr const char* kNoteTc =
    TX_SAY("T_c: τ = A (T − T_c)^{−ν} over [%1, %2], ν = %3 (%4)");
inline constexpr const char* kSlidingWindows = TX_SAY("sliding windows");
inline constexpr const char* kSlidingWidened = TX_SAY("sliding windows, widened to w = %1");
inline constexpr const char* kUserWindow = TX_SAY("user window");
inline constexpr const char* kNoteTxParabola =
    TX_SAY("T_x: parabola through the minimum, γ_τ(T_x) = %1");
inline constexpr const char* kNoteTxDiscrete =
    TX_SAY("T_x: discrete minimum of γ_τ, γ_τ(T_x) = %1");
inline constexpr const char* kNoteTg = TX_SAY("T_g = %1%2 from the cooling log (run %3, %4): glass "
                                              "line over [%5, %6], liquid line over [%7, %8]");
inline constexpr const char* kReplacesPresetTg =
    TX_SAY("%1 (it replaces the preset's T_g = %2 in the path classification)");
inline constexpr const char* kNoteTgFailed = TX_SAY("T_g: no fit to the cooling log (%1)");
inline constexpr const char* kNoteFailed = TX_SAY("%1: %2");
inline constexpr const char* kPathName = TX_SAY("path"); // the label of the path's note and flags

// Every template above (input errors are in InputSentences.h).
inline constexpr const char* kResultSentences[] = {
    kUser,
    kFirstPeak,
    kFirstMinimum,
    kSelfTitle,
    kOverlapTitle,
    kPairPlusTitle,
    kPairMinusTitle,
    kFewResamples,
    kWideSpread,
    kTwoGroups,
    kExtrapolated,
    kLowerBound,
    kEdgeColdest,
    kEdgeHottest,
    kOneSidedColder,
    kOneSidedHotter,
    kGap,
    kTxInGap,
    kMinimumBordersGap,
    kTxThreePoints,
    kTcWidened,
    kTcFewPoints,
    kWindowHoldsGap,
    kSeLineFewPoints,
    kTbInsideWindow,
    kTbInGap,
    kPathStepInGap,
    kPathPresetBoth,
    kPathPresetTg,
    kPathPresetTm,
    kPathThreePoints,
    kPathResamples,
    kTgPreset,
    kGlassLineFewRows,
    kLiquidLineFewRows,
    kLinesCrossOutside,
    kTgInGlassWindow,
    kTgInLiquidWindow,
    kTgMovesWithMargins,
    kNoClearBend,
    kLinesCrossRarely,
    kTgBimodal,
    kGlassWindowFewRows,
    kLiquidWindowFewRows,
    kLinesParallel,
    kLinesDoNotCross,
    kRunTooShort,
    kTcFewTemperatures,
    kTauDoesNotGrow,
    kFitErrorTooLarge,
    kNoSlidingWindow,
    kSeFewTemperatures,
    kSeHoldsEverywhere,
    kTxFewTemperatures,
    kTxFewInWindow,
    kNoDiffusiveRegime,
    kMsdWindowFewFrames,
    kKwwFewFrames,
    kKwwNoConvergence,
    kPathFewTemperatures,
    kLargestStepJump,
    kLargestStepSmooth,
    kRisesEverywhere,
    kFallsEverywhere,
    kMinimumInside,
    kVerdict,
    kVerdictUndetermined,
    kVerdictPathI,
    kVerdictPathII,
    kVerdictPathIII,
    kVerdictPathIV,
    kTxAbout,
    kItsMinimum,
    kNotSet,
    kFromCoolingLog,
    kFromPreset,
    kGivenByYou,
    kNoTgOrTm,
    kJudgedBetween,
    kTxGapAdvice,
    kTooFewColder,
    kTooFewHotter,
    kIntervalEndsInGap,
    kTcAdvice,
    kTbAdvice,
    kTauInterpolated,
    kTauFromMct,
    kBelowTc,
    kBelowDataNoMct,
    kTauArrhenius,
    kTauTooFew,
    kSuggestionWithTau,
    kSuggestion,
    kSegmentsOfAtLeast,
    kJumpsHalfBox,
    kCheckOption,
    kMovedQuarterBox,
    kNotPeriodic,
    kUndetermined,
    kPairsFaster,
    kWithInterval,
    kNoteTb,
    kNoteTbNotReached,
    kNoteTc,
    kSlidingWindows,
    kSlidingWidened,
    kUserWindow,
    kNoteTxParabola,
    kNoteTxDiscrete,
    kNoteTg,
    kReplacesPresetTg,
    kNoteTgFailed,
    kNoteFailed,
    kPathName,
};

} // namespace sentence
} // namespace tx::core
