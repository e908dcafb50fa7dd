# -Oline/-Otarget: what reading the makefiles prints comes between its own directory lines,
# the build's output between another pair (also without -j); with stdout and stderr the same
# file a job's lines keep their order; a recursive make under -Oline syncs its own output.
printf '$(info parse)\nall: a b\na:\n\t@echo out-a; echo err-a >&2; echo out-a2\nb:\n\t@echo out-b\n' > Makefile
printf 'c:\n' > quiet.mk
for o in -Oline -Otarget -Orecurse; do
  make -w $o 2>&1; echo "exit=$?"
  make -w $o -j2 b 2>&1; echo "exit=$?"
done
make -w -Oline -f quiet.mk 2>&1; echo "exit=$?"
make -w -Otarget -j1 -n 2>&1; echo "exit=$?"
printf 'all:\n\t@$(MAKE) -f Makefile b --no-print-directory\n' > rec.mk
make -w -Oline -j2 -f rec.mk 2>&1; echo "exit=$?"
