# -j's argument is read as GNU 4.3 reads it (digits only, atoi: the long kept in an int):
# values that wrap to a positive int run, values that wrap to zero or below are refused, and
# so is a sign.
echo 'all: ; @echo ok' > Makefile
for j in 4294967297 2147483648 4294967296 9223372036854775807 99999999999999999999999 +2 -3 007; do
  make -j$j > out 2>&1; echo "$j exit=$?"; head -1 out
done
rm out
