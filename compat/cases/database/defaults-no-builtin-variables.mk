#| args: -R -p -f /dev/null
#| normalise: database
# -R implies -r: only the variables make always defines are left.
