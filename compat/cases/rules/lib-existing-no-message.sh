# `-lNAME` whose `libNAME.a` exists from the start: GNU finds it at once, the pattern rule
# `-l%` is never tried and nothing is said; `libcat.a`'s own rule decides.
touch -d '2020-01-01 00:00:00' libcat.a
cat > Makefile <<'MK'
foo: -lcat
	@echo 'foo [$^]'
-l%: lib%.a ; @echo 'linking $@'
libcat.a: ; @echo 'remaking $@'
MK
make
make -B
