/**
 * Kota Bukittinggi: participant feedback and the supervisor's performance assessment after
 * training, evaluation of practice and simulation sessions, and a report on participation and on
 * the budget that unfinished enrolments waste.
 */
package org.latih.plugin.bukittinggi;
