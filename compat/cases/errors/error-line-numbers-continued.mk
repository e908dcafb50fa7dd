# The line number in errors after backslash-continued lines counts physical lines.
X = a \
    b \
    c
$(error X=$(X))
