"""Items: the example REST resource."""
