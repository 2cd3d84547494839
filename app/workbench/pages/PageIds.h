#pragma once
// The pages' stable ids, declared once: sessions, --page, --pages, the report's order, the
// guided tour and the menus name pages by them, and the command line's help lists them from
// kInTabOrder (answered before any window, so before any page object, exists). Each page
// passes its own to WorkbenchPage; tst_workbench checks that createPages() makes exactly
// these, in this order. Saved sessions hold them: an id is never renamed.
#include <array>

namespace tx::app::pageid {

inline constexpr char kStructure[] = "structure";
inline constexpr char kCorrelators[] = "correlators";
inline constexpr char kRelaxationTimes[] = "relaxation-times";
inline constexpr char kGammaTau[] = "gamma-tau";
inline constexpr char kStokesEinstein[] = "stokes-einstein";
inline constexpr char kModeCoupling[] = "mode-coupling";
inline constexpr char kGlassTransition[] = "glass-transition";
inline constexpr char kMsd[] = "msd";
inline constexpr char kDispersion[] = "dispersion";
inline constexpr char kPairMobility3d[] = "pair-mobility-3d";
inline constexpr char kTeaching[] = "teaching";

inline constexpr std::array<const char*, 11> kInTabOrder = {
    kStructure,      kCorrelators,    kRelaxationTimes, kGammaTau,
    kStokesEinstein, kModeCoupling,   kGlassTransition, kMsd,
    kDispersion,     kPairMobility3d, kTeaching};

} // namespace tx::app::pageid
