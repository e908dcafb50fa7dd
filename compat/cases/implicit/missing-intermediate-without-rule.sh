# A missing intermediate or secondary prerequisite without a rule does not make an existing
# target out of date (GNU's check_dep only looks at its prerequisites); when the target must
# be made anyway, the missing file is an error.
for mark in '.INTERMEDIATE: x' '.SECONDARY:' '.SECONDARY: x'; do
  printf '%s\nall: x\n\techo all\n' "$mark" > Makefile
  touch all
  make; echo "exit=$?"
  rm -f all
  make; echo "exit=$?"
done
