#pragma once

class QMainWindow;
class QSplitter;

namespace Leitstand {

class StackTabs;

// Window geometry, dock and toolbar layout, the sidebar's width and the last tab, kept in the
// settings between runs. Only layout lives there: never paths of secrets or their values.
class WindowStateStore final
{
public:
    static void restore(QMainWindow &window, QSplitter &splitter, StackTabs &tabs);
    static void save(const QMainWindow &window, const QSplitter &splitter, const StackTabs &tabs);
};

} // namespace Leitstand
