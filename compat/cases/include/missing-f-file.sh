# -f naming a missing file is an error.
make -f nothere.mk; echo "exit=$?"
