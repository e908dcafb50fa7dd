# A UTF-8 byte order mark at the very start of a makefile is skipped (the main makefile, an
# included one, `-f -`), only once and only there: a BOM later in a file, a second BOM, or
# one inside `$(eval)` text is part of the text.
printf '\357\273\277Y = 2\n' > inc.mk
printf '\357\273\277X = 1\ninclude inc.mk\nB := \357\273\277Z = 3\n$(eval $(B))\n$(info [$(origin Z)])\nall:\n\t@echo $(X) $(origin X) $(Y) $(origin Y)\n \357\273\277W = 4\n$(info W $(origin W))\n' > Makefile
make; echo "exit=$?"
printf '\357\273\277\357\273\277X = 1\nall: ; @echo $(origin X)\n' > two.mk
make -f two.mk; echo "exit=$?"
printf '\357\273\277\tX = 1\nall: ; @echo $(origin X)\n' > tab.mk
make -f tab.mk; echo "exit=$?"
printf '\357\273\277# comment\nall: ; @echo comment\n' > comment.mk
make -f comment.mk; echo "exit=$?"
printf '\357\273\277\nall: ; @echo blank\n' > blank.mk
make -f blank.mk; echo "exit=$?"
printf '\357\273\277' > only.mk
make -f only.mk; echo "exit=$?"
printf '\357\273' > half.mk
make -f half.mk; echo "exit=$?"
printf '\357\273\277all: ; @echo stdin $(origin X)\n\357\273\277X=1\n' | make -f -; echo "exit=$?"
printf '\357\273\277all: ; @echo twice\n' > t.mk
make -f t.mk -f t.mk; echo "exit=$?"
printf 'all: ; @echo late\n\357\273\277X = 1\n$(info [$(origin X)])\n' > late.mk
make -f late.mk; echo "exit=$?"
