# -C to a missing directory is a fatal error.
make -C nothere; echo "exit=$?"
