package org.puente.transparency;

/** The actions the node records; the log itself accepts any action name. */
public final class Actions {

  public static final String READ = "READ";
  public static final String SEARCH_HIT = "SEARCH_HIT";
  public static final String POINTER_SHOWN = "POINTER_SHOWN";
  public static final String EXPORT = "EXPORT";
  public static final String AGGREGATE = "AGGREGATE";
  public static final String CREATE = "CREATE";
  public static final String UPDATE = "UPDATE";
  public static final String RELEASE = "RELEASE";
  public static final String LABEL_CHANGE = "LABEL_CHANGE";
  public static final String LOGIN = "LOGIN";
  public static final String LOGIN_FAILED = "LOGIN_FAILED";
  public static final String LOGOUT = "LOGOUT";
  public static final String PURGE = "PURGE";
  public static final String ACCOUNT_CHANGE = "ACCOUNT_CHANGE";
  public static final String TOKEN_ISSUED = "TOKEN_ISSUED";
  public static final String TOKEN_REVOKED = "TOKEN_REVOKED";
  public static final String SCREENING = "SCREENING";
  public static final String MATCH_DECISION = "MATCH_DECISION";

  private Actions() {}
}
