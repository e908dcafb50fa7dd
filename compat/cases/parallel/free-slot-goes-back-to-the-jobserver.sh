# -j2: when `a` (run in make's free slot) ends while the sub-make `b` still runs, make gives
# `b`'s token back to the jobserver, so the sub-make's two recipes (each waiting, bounded,
# for the other's flag) run at the same time.
mkdir j
printf 'all: a b\na: ; @sleep 0.3\nb: ; @$(MAKE) -s -C j all\n' > Makefile
printf 'all: x y\nx:\n\t@touch x.flag; for i in $$(seq 40); do [ -f y.flag ] && echo x saw y && exit 0; sleep 0.1; done; echo x alone\ny:\n\t@touch y.flag; for i in $$(seq 40); do [ -f x.flag ] && echo y saw x && exit 0; sleep 0.1; done; echo y alone\n' > j/Makefile
make -j2 | sort; echo "exit=$?"
