# The non-numeric argument errors of $(word) and $(wordlist) quote the argument with the
# blanks around it that make kept (the leading blanks of the first argument are dropped).
printf 'L = p q r\nw1: ; @echo $(word  x9 ,$(L))\nw2: ; @echo $(wordlist 1,  7b  ,$(L))\nw3: ; @echo $(wordlist  c ,2,$(L))\n' > Makefile
for g in w1 w2 w3; do make $g; echo "rc=$?"; done
