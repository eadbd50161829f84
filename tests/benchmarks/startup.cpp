// SPDX-License-Identifier: GPL-3.0-or-later
// bench-startup: how long programs take from exec to their first painted window, and how much
// memory they hold a moment later. Starts each program in turn, round after round, on the X
// display in DISPLAY (a virtual one with nothing else on it: see startup.sh), and prints per
// program the median time, the median peak memory and both as ratios to the first program,
// the floor. Not a test: only the ratios within one run mean much on a shared machine.
//
// "Painted" is seen from outside, as the X server sees it: the first time anything is drawn
// into a top-level window of the program's own process after that window was mapped (the
// DAMAGE extension reports it; Qt's windows have no server-drawn background, so the first
// damage is the program's first frame). Peak memory is VmHWM of the process a set time after
// that (one second unless told), when the program has done what it does after its first frame.
//
//   bench-startup [--runs N] [--settle-ms MS] [--pair NAME:FLOOR]... NAME=COMMAND...
//
// COMMAND is split at spaces; the programs inherit the environment. Each --pair also compares
// program NAME with program FLOOR (the kiosk with a bare window that has the same keyboard).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <poll.h>
#include <set>
#include <signal.h>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>
#include <xcb/damage.h>
#include <xcb/xcb.h>

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;

struct Program
{
    std::string name;
    std::vector<std::string> argv;
    std::vector<double> startMs;
    std::vector<double> peakMiB;
};

struct Sample
{
    double startMs = 0;
    double peakMiB = 0;
};

double median(std::vector<double> values)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

std::optional<double> statusMiB(pid_t pid, const char* field)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    const size_t length = std::strlen(field);
    while (std::getline(status, line)) {
        if (line.compare(0, length, field) == 0 && line.size() > length && line[length] == ':') {
            return std::stod(line.substr(length + 1)) / 1024.0; // "  12345 kB"
        }
    }
    return std::nullopt;
}

class Display
{
public:
    bool open()
    {
        m_connection = xcb_connect(nullptr, nullptr);
        if (xcb_connection_has_error(m_connection)) {
            std::fprintf(stderr, "bench-startup: cannot open the X display in DISPLAY\n");
            return false;
        }
        const xcb_query_extension_reply_t* damage =
            xcb_get_extension_data(m_connection, &xcb_damage_id);
        if (!damage || !damage->present) {
            std::fprintf(stderr, "bench-startup: the X server has no DAMAGE extension\n");
            return false;
        }
        m_damageEvent = damage->first_event;
        free(xcb_damage_query_version_reply(m_connection,
                                            xcb_damage_query_version(m_connection, 1, 1), nullptr));
        m_root = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data->root;
        const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
        xcb_change_window_attributes(m_connection, m_root, XCB_CW_EVENT_MASK, &mask);
        m_pidAtom = atom("_NET_WM_PID");
        xcb_flush(m_connection);
        return true;
    }

    ~Display()
    {
        if (m_connection) {
            xcb_disconnect(m_connection);
        }
    }

    // Starts the program and waits for its first painted window: the time that took, or none
    // if it did not come within the timeout (or the program ended first).
    std::optional<double> startAndWaitForPaint(const std::vector<std::string>& argv, pid_t* pid)
    {
        std::vector<char*> args;
        for (const std::string& arg : argv) {
            args.push_back(const_cast<char*>(arg.c_str()));
        }
        args.push_back(nullptr);
        std::map<xcb_window_t, xcb_damage_damage_t> watched;
        std::set<xcb_window_t> mapped;
        const Clock::time_point started = Clock::now();
        if (posix_spawnp(pid, args[0], nullptr, nullptr, args.data(), environ) != 0) {
            std::fprintf(stderr, "bench-startup: cannot start %s\n", args[0]);
            return std::nullopt;
        }
        std::optional<double> painted;
        const Clock::time_point deadline = started + std::chrono::seconds(30);
        pollfd descriptor{xcb_get_file_descriptor(m_connection), POLLIN, 0};
        while (!painted && Clock::now() < deadline) {
            xcb_generic_event_t* event = xcb_poll_for_event(m_connection);
            if (!event) {
                int status = 0;
                if (waitpid(*pid, &status, WNOHANG) == *pid) {
                    std::fprintf(stderr, "bench-startup: %s ended before it painted\n", args[0]);
                    *pid = -1;
                    break;
                }
                poll(&descriptor, 1, 100);
                continue;
            }
            const uint8_t type = event->response_type & 0x7f;
            if (type == XCB_CREATE_NOTIFY) {
                // Watched from its creation: a window may be drawn into the moment it is mapped.
                const auto* created = reinterpret_cast<xcb_create_notify_event_t*>(event);
                const xcb_damage_damage_t damage = xcb_generate_id(m_connection);
                xcb_damage_create(m_connection, damage, created->window,
                                  XCB_DAMAGE_REPORT_LEVEL_NON_EMPTY);
                watched[created->window] = damage;
                xcb_flush(m_connection);
            } else if (type == XCB_MAP_NOTIFY) {
                const auto* map = reinterpret_cast<xcb_map_notify_event_t*>(event);
                if (map->event == m_root && windowPid(map->window) == *pid) {
                    mapped.insert(map->window);
                }
            } else if (type == m_damageEvent + XCB_DAMAGE_NOTIFY) {
                const auto* damage = reinterpret_cast<xcb_damage_notify_event_t*>(event);
                if (mapped.count(damage->drawable)) {
                    painted =
                        std::chrono::duration<double, std::milli>(Clock::now() - started).count();
                }
            }
            free(event);
        }
        for (const auto& [window, damage] : watched) {
            xcb_damage_destroy(m_connection, damage);
        }
        xcb_flush(m_connection);
        // Errors for windows gone meanwhile are expected; read and drop them.
        while (xcb_generic_event_t* event = xcb_poll_for_event(m_connection)) {
            free(event);
        }
        return painted;
    }

private:
    xcb_atom_t atom(const char* name)
    {
        xcb_intern_atom_reply_t* reply = xcb_intern_atom_reply(
            m_connection, xcb_intern_atom(m_connection, 0, std::strlen(name), name), nullptr);
        const xcb_atom_t value = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
        free(reply);
        return value;
    }

    pid_t windowPid(xcb_window_t window)
    {
        xcb_get_property_reply_t* reply = xcb_get_property_reply(
            m_connection,
            xcb_get_property(m_connection, 0, window, m_pidAtom, XCB_ATOM_CARDINAL, 0, 1), nullptr);
        pid_t pid = -1;
        if (reply && xcb_get_property_value_length(reply) == 4) {
            pid = static_cast<pid_t>(*static_cast<uint32_t*>(xcb_get_property_value(reply)));
        }
        free(reply);
        return pid;
    }

    xcb_connection_t* m_connection = nullptr;
    xcb_window_t m_root = 0;
    xcb_atom_t m_pidAtom = 0;
    uint8_t m_damageEvent = 0;
};

void stop(pid_t pid)
{
    if (pid <= 0) {
        return;
    }
    kill(pid, SIGTERM);
    for (int i = 0; i < 100; ++i) {
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid) {
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}

std::optional<Sample> measure(Display& display, const Program& program, int settleMs)
{
    pid_t pid = -1;
    const std::optional<double> painted = display.startAndWaitForPaint(program.argv, &pid);
    if (!painted) {
        stop(pid);
        return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(settleMs));
    const std::optional<double> peak = statusMiB(pid, "VmHWM");
    stop(pid);
    if (!peak) {
        return std::nullopt;
    }
    return Sample{*painted, *peak};
}

std::vector<std::string> split(const std::string& command)
{
    std::istringstream words(command);
    std::vector<std::string> result;
    for (std::string word; words >> word;) {
        result.push_back(word);
    }
    return result;
}

int usage()
{
    std::fprintf(stderr,
                 "usage: bench-startup [--runs N] [--settle-ms MS] [--pair NAME:FLOOR]... "
                 "NAME=COMMAND...\n"
                 "The first program is the floor the others are compared with; --pair compares "
                 "two more.\n");
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    int runs = 7;
    int settleMs = 1000;
    std::vector<Program> programs;
    std::vector<std::pair<std::string, std::string>> pairs;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--runs" || arg == "--settle-ms") && i + 1 < argc) {
            (arg == "--runs" ? runs : settleMs) = std::atoi(argv[++i]);
        } else if (arg == "--pair" && i + 1 < argc) {
            const std::string pair = argv[++i];
            const size_t colon = pair.find(':');
            if (colon == std::string::npos || colon == 0 || colon + 1 == pair.size()) {
                return usage();
            }
            pairs.emplace_back(pair.substr(0, colon), pair.substr(colon + 1));
        } else if (const size_t equals = arg.find('='); equals != std::string::npos && equals) {
            programs.push_back({arg.substr(0, equals), split(arg.substr(equals + 1)), {}, {}});
            if (programs.back().argv.empty()) {
                return usage();
            }
        } else {
            return usage();
        }
    }
    if (programs.empty() || runs < 1) {
        return usage();
    }
    const auto named = [&programs](const std::string& name) -> const Program* {
        for (const Program& program : programs) {
            if (program.name == name) {
                return &program;
            }
        }
        return nullptr;
    };
    for (const auto& [name, floor] : pairs) {
        if (!named(name) || !named(floor)) {
            std::fprintf(stderr, "bench-startup: --pair %s:%s names no program\n", name.c_str(),
                         floor.c_str());
            return usage();
        }
    }
    Display display;
    if (!display.open()) {
        return 1;
    }
    // One round not counted: the page cache and the font cache warm up for everybody alike.
    for (const Program& program : programs) {
        if (!measure(display, program, 0)) {
            std::fprintf(stderr, "bench-startup: %s did not show a window\n", program.name.c_str());
            return 1;
        }
    }
    for (int run = 0; run < runs; ++run) {
        // Alternating: whatever the machine is doing meanwhile falls on every program alike.
        for (Program& program : programs) {
            const std::optional<Sample> sample = measure(display, program, settleMs);
            if (!sample) {
                std::fprintf(stderr, "bench-startup: %s did not show a window\n",
                             program.name.c_str());
                return 1;
            }
            program.startMs.push_back(sample->startMs);
            program.peakMiB.push_back(sample->peakMiB);
            std::fprintf(stderr, "run %d %-15s %7.1f ms %6.1f MiB\n", run + 1, program.name.c_str(),
                         sample->startMs, sample->peakMiB);
        }
    }
    const double floorMs = median(programs.front().startMs);
    const double floorMiB = median(programs.front().peakMiB);
    std::printf("medians of %d alternating runs; memory is VmHWM %d ms after the first frame\n",
                runs, settleMs);
    std::printf("%-15s %12s %8s %12s %8s\n", "program", "first frame", "ratio", "peak memory",
                "ratio");
    for (const Program& program : programs) {
        const double ms = median(program.startMs);
        const double mib = median(program.peakMiB);
        std::printf("%-15s %9.1f ms %8.2f %8.1f MiB %8.2f\n", program.name.c_str(), ms,
                    ms / floorMs, mib, mib / floorMiB);
    }
    for (const auto& [name, floor] : pairs) {
        const Program* program = named(name);
        const Program* other = named(floor);
        std::printf("%s against %s: first frame %.2f, peak memory %.2f\n", name.c_str(),
                    floor.c_str(), median(program->startMs) / median(other->startMs),
                    median(program->peakMiB) / median(other->peakMiB));
    }
    return 0;
}
