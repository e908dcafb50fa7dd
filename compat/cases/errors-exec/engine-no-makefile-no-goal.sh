make; echo "rc=$?"
