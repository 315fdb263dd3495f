/*
 * winbench: measures a real window under X (Xvfb) from outside the program, the way
 * a person sees it: the time from a key press (sent with XTest) until the pixels of a
 * region of the window change, and the time from a program's start until its window
 * shows content. Used by e2e/window_bench.sh; built there with
 *   cc -O2 -o winbench e2e/winbench.c -lX11 -lXtst
 *
 *   winbench keys WINDOW X Y W H N GAP_MS KEY...   for i < N: press KEY[i % len] (e.g.
 *       alt+Right, ctrl+shift+l), print the milliseconds until the region changed
 *       (or "timeout"), wait GAP_MS after the change
 *   winbench shown NAME TIMEOUT_S              wait for a window titled NAME that
 *       shows more than a blank background; print its id and the milliseconds since
 *       winbench started (start it right before the program)
 */
#define _POSIX_C_SOURCE 200809L
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void sleep_ms(double ms) {
	struct timespec ts = {(time_t)(ms / 1000), (long)((ms - (time_t)(ms / 1000) * 1000) * 1e6)};
	nanosleep(&ts, NULL);
}

static int ignore_errors(Display *d, XErrorEvent *e) { (void)d; (void)e; return 0; }

/* region_sum hashes the pixels of a region; 0 if it cannot be read. colours counts
 * (roughly) how many different pixels there are, to tell content from a blank fill. */
static uint64_t region_sum(Display *d, Window w, int x, int y, int wd, int ht, int *colours) {
	XImage *img = XGetImage(d, w, x, y, wd, ht, AllPlanes, ZPixmap);
	if (!img) return 0;
	uint64_t h = 1469598103934665603ULL;
	unsigned long first = XGetPixel(img, 0, 0);
	int differ = 0;
	for (int j = 0; j < ht; j += 1) {
		for (int i = 0; i < wd; i += 1) {
			unsigned long p = XGetPixel(img, i, j);
			h = (h ^ p) * 1099511628211ULL;
			if (p != first) differ++;
		}
	}
	if (colours) *colours = differ;
	XDestroyImage(img);
	return h;
}

/* press sends a chord such as "alt+Right" or "ctrl+shift+l". */
static void press(Display *d, const char *chord) {
	char buf[128];
	strncpy(buf, chord, sizeof buf - 1);
	buf[sizeof buf - 1] = 0;
	KeyCode codes[8];
	int n = 0;
	for (char *tok = strtok(buf, "+"); tok && n < 8; tok = strtok(NULL, "+")) {
		KeySym ks;
		if (!strcmp(tok, "ctrl")) ks = XK_Control_L;
		else if (!strcmp(tok, "shift")) ks = XK_Shift_L;
		else if (!strcmp(tok, "alt")) ks = XK_Alt_L;
		else ks = XStringToKeysym(tok);
		if (ks == NoSymbol) { fprintf(stderr, "winbench: unknown key %s\n", tok); exit(2); }
		codes[n++] = XKeysymToKeycode(d, ks);
	}
	for (int i = 0; i < n; i++) XTestFakeKeyEvent(d, codes[i], True, CurrentTime);
	for (int i = n - 1; i >= 0; i--) XTestFakeKeyEvent(d, codes[i], False, CurrentTime);
	XFlush(d);
}

static Window find_named(Display *d, Window root, const char *name) {
	Window r, p, *kids = NULL;
	unsigned int n = 0;
	if (!XQueryTree(d, root, &r, &p, &kids, &n)) return 0;
	Window found = 0;
	for (unsigned int i = 0; i < n && !found; i++) {
		char *title = NULL;
		XWindowAttributes a;
		if (XFetchName(d, kids[i], &title) && title) {
			if (!strcmp(title, name) && XGetWindowAttributes(d, kids[i], &a) && a.map_state == IsViewable) found = kids[i];
			XFree(title);
		}
		if (!found) found = find_named(d, kids[i], name);
	}
	if (kids) XFree(kids);
	return found;
}

int main(int argc, char **argv) {
	double start = now_ms();
	if (argc < 2) { fprintf(stderr, "usage: see the comment in winbench.c\n"); return 2; }
	Display *d = XOpenDisplay(NULL);
	if (!d) { fprintf(stderr, "winbench: no display\n"); return 2; }
	XSetErrorHandler(ignore_errors);
	if (!strcmp(argv[1], "shown") && argc == 4) {
		double limit = atof(argv[3]) * 1000;
		while (now_ms() - start < limit) {
			Window w = find_named(d, DefaultRootWindow(d), argv[2]);
			if (w) {
				XWindowAttributes a;
				XGetWindowAttributes(d, w, &a);
				int colours = 0;
				if (region_sum(d, w, 0, 0, a.width, a.height, &colours) && colours > a.width * a.height / 200) {
					printf("%lu %.0f\n", w, now_ms() - start);
					return 0;
				}
			}
			sleep_ms(2);
		}
		printf("timeout\n");
		return 1;
	}
	if (!strcmp(argv[1], "keys") && argc >= 10) {
		Window w = strtoul(argv[2], NULL, 0);
		int x = atoi(argv[3]), y = atoi(argv[4]), wd = atoi(argv[5]), ht = atoi(argv[6]);
		int n = atoi(argv[7]);
		double gap = atof(argv[8]);
		int nkeys = argc - 9;
		for (int i = 0; i < n; i++) {
			uint64_t before = region_sum(d, w, x, y, wd, ht, NULL);
			double t0 = now_ms();
			press(d, argv[9 + i % nkeys]);
			double t = -1;
			while (now_ms() - t0 < 3000) {
				if (region_sum(d, w, x, y, wd, ht, NULL) != before) { t = now_ms() - t0; break; }
				sleep_ms(0.5);
			}
			if (t < 0) printf("timeout\n");
			else printf("%.1f\n", t);
			fflush(stdout);
			sleep_ms(gap);
		}
		return 0;
	}
	fprintf(stderr, "usage: see the comment in winbench.c\n");
	return 2;
}
