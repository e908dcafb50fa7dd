# A -C directory that does not exist: with an explicit -w, the error comes between the
# directory lines of where make started (even after a -C that worked, or a later
# --no-print-directory); without -w there are none.
mkdir sub
make -C nodir; echo "exit=$?"
make -w -C nodir; echo "exit=$?"
make -w -C sub -C nodir; echo "exit=$?"
make -w -C nodir --no-print-directory; echo "exit=$?"
