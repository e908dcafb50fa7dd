# A missing include and a missing goal: the include error is fatal first.
printf 'include nothere.mk\nall: ; @echo all\n' > Makefile
make nogoal; echo "exit=$?"
