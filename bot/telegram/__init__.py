"""The Telegram front end: a thin adapter over bot.conversation (see app.build_app)."""
