#pragma once
// The workbench's pages, in tab order. A new page is a WorkbenchPage subclass and one line in
// createPages(); its id is what sessions and --page use.
#include "app/workbench/pages/WorkbenchPage.h"

#include <vector>

namespace tx::app {

std::vector<WorkbenchPage*> createPages(); // the caller (the tab widget) takes ownership

} // namespace tx::app
