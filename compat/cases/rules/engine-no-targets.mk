FOO = bar
